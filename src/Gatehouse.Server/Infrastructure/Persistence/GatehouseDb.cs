using Gatehouse.Server.Infrastructure.Events;
using Gatehouse.Server.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Infrastructure.Persistence;

/// <summary>
/// The one database of Gatehouse. Provider-specific subclasses exist only so that each provider
/// keeps its own migration set; the model is the same.
/// Each feature contributes its entities through <c>IEntityTypeConfiguration</c> classes and
/// exposes its tables as extension properties in its own folder.
/// </summary>
public abstract partial class GatehouseDb(DbContextOptions options) : DbContext(options)
{
    // The gate and the sealers are singletons taken from the application's services, not constructor parameters: a pooled
    // context (PersistenceModule) is built from its options alone. A context built outside the host (backup checks,
    // design time) has none: a gate of its own and no sealers.
    private readonly WriteGate gate = ApplicationServices(options)?.GetService<WriteGate>() ?? new WriteGate();
    private readonly ICommitSealer[] _sealers = [.. ApplicationServices(options)?.GetServices<ICommitSealer>() ?? []];

    private static IServiceProvider? ApplicationServices(DbContextOptions options) =>
        options.FindExtension<Microsoft.EntityFrameworkCore.Infrastructure.CoreOptionsExtension>()?.ApplicationServiceProvider;

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<OutboxCheckpoint> OutboxCheckpoints => Set<OutboxCheckpoint>();

    public abstract bool IsPostgres { get; }

    /// <summary>Set while <see cref="WriteAsync{T}"/> holds the gate, so nested saves do not wait on themselves.</summary>
    private bool _holdsGate;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(GatehouseDb).Assembly);
        ListValueComparer.ApplyTo(modelBuilder);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot compare DateTimeOffset in SQL, so every instant is a UTC DateTime;
        // the converter restores Kind=Utc that SQLite forgets on the way back.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    /// <summary>
    /// Runs <paramref name="work"/> in one transaction under the write gate: the changes and the
    /// audit entries they add commit together or not at all.
    /// </summary>
    public async Task<T> WriteAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken ct)
    {
        using var _ = await gate.EnterAsync(IsPostgres, ct);
        _holdsGate = true;
        try
        {
            await using var tx = await Database.BeginTransactionAsync(ct);
            var result = await work(ct);
            await SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return result;
        }
        finally
        {
            _holdsGate = false;
        }
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        // Every ChangeTracker.Entries() call (each sealer asks twice) and SaveChanges itself would scan
        // every tracked entity again; a bulk write tracks thousands, and the scans were most of its time.
        // Changes are detected once, here, with automatic detection off until the save ends; a caller that has
        // only added entities since its last save may turn automatic detection off itself and skip this scan too.
        if (!ChangeTracker.AutoDetectChangesEnabled) return await SaveDetectedAsync(acceptAllChangesOnSuccess, cancellationToken);
        ChangeTracker.DetectChanges();
        ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            return await SaveDetectedAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = true;
        }
    }

    private async Task<int> SaveDetectedAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken)
    {
        if (_holdsGate)
        {
            await SealPendingAsync(cancellationToken);
            return await SaveSealedAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        using var _ = await gate.EnterAsync(IsPostgres, cancellationToken);
        if (!_sealers.Any(s => s.HasPending(this)))
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);

        // A caller's own transaction: seal inside it, the commit is theirs.
        if (Database.CurrentTransaction is not null)
        {
            await SealPendingAsync(cancellationToken);
            return await SaveSealedAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        await using var tx = await Database.BeginTransactionAsync(cancellationToken);
        await SealPendingAsync(cancellationToken);
        var written = await SaveSealedAsync(acceptAllChangesOnSuccess, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return written;
    }

    /// <summary>The sealed changes written: a bulk of added rows through prepared inserts first (see <see cref="AddedRowsWriter"/>), the rest by EF.</summary>
    private async Task<int> SaveSealedAsync(bool acceptAllChangesOnSuccess, CancellationToken ct)
    {
        var inserted = await WriteDirectInsertsAsync(ct);
        inserted += await AddedRowsWriter.InsertAsync(this, ct);
        return inserted + await base.SaveChangesAsync(acceptAllChangesOnSuccess, ct);
    }

    private async Task SealPendingAsync(CancellationToken ct)
    {
        // Sealers only set values of added rows and add rows of their own (ICommitSealer): nothing to detect afterwards.
        foreach (var sealer in _sealers)
            if (sealer.HasPending(this)) await sealer.SealPendingAsync(this, ct);
    }

    // A pooled context is reused by the next scope: EF resets its own state when the scope disposes it, this resets ours.
    public override void Dispose()
    {
        ForgetOwnState();
        base.Dispose();
    }

    public override ValueTask DisposeAsync()
    {
        ForgetOwnState();
        return base.DisposeAsync();
    }

    private void ForgetOwnState()
    {
        _holdsGate = false;
        EndDirectInserts();
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new NotSupportedException("Use SaveChangesAsync: writes go through the write gate and the audit sealer.");
}
