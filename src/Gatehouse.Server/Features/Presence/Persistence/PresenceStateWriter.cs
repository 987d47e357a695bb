using Gatehouse.Server.Features.Presence.Model;
using Gatehouse.Server.Features.Presence.Registry;
using Gatehouse.Server.Features.Users;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Presence.Persistence;

/// <summary>
/// Writes chosen statuses, messages, activities and last-seen times to the user rows in batches,
/// never once per ping; on shutdown it writes everyone, so after a restart presence starts from
/// "everyone offline" with the right last-seen times. Chunks keep SQLite's single writer free for
/// API requests between them.
/// </summary>
public sealed class PresenceStateWriter(
    IPresenceRegistry registry, IServiceScopeFactory scopes, TimeProvider time, IOptions<PresenceOptions> options,
    ILogger<PresenceStateWriter> logger) : BackgroundService
{
    private const int ChunkSize = 500;
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);
    private int _stopped;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PersistInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await FlushAsync(everyone: false, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Rows stay unsaved in the registry and go with the next batch.
                logger.LogError(e, "Presence batch write failed");
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        // Hosts may call StopAsync again while disposing; the final write happens once, while services are alive.
        if (Interlocked.Exchange(ref _stopped, 1) != 0) return;
        try
        {
            await FlushAsync(everyone: true, cancellationToken);
        }
        catch (ObjectDisposedException e)
        {
            // A host torn down without a graceful stop: what the batches already wrote is all there is.
            logger.LogWarning(e, "Presence state could not be written at shutdown");
        }
    }

    /// <summary>Writes what changed (or everyone); returns how many rows were written.</summary>
    public async Task<int> FlushAsync(bool everyone, CancellationToken ct)
    {
        await _oneAtATime.WaitAsync(ct);
        try
        {
            var rows = registry.CollectUnsaved(everyone);
            foreach (var chunk in rows.Chunk(ChunkSize))
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<GatehouseDb>();
                await db.WriteAsync(c => WriteChunkAsync(db, chunk, c), ct);
                registry.MarkSaved(chunk);
            }
            return rows.Count;
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    /// <summary>
    /// One prepared UPDATE, executed per row inside the transaction. A LINQ ExecuteUpdate per row
    /// went through EF's query pipeline every time: at 10k connected members it allocated ~20 KB
    /// per row, and the garbage collections that followed each batch showed up as presence latency.
    /// Column names and parameter conversions come from the EF model, so both providers agree with it.
    /// </summary>
    private static async Task<int> WriteChunkAsync(GatehouseDb db, PresenceRow[] chunk, CancellationToken ct)
    {
        var user = db.Model.FindEntityType(typeof(User))!;
        var sql = db.GetService<ISqlGenerationHelper>();
        IProperty[] columns = [.. new[] { nameof(User.Status), nameof(User.StatusMessage), nameof(User.StatusExpiresAt), nameof(User.ActivityName), nameof(User.LastSeenAt), nameof(User.Id) }
            .Select(name => user.FindProperty(name)!)];
        var mappingSource = db.GetService<IRelationalTypeMappingSource>();
        var mappings = columns.Select(c => mappingSource.FindMapping(c)!).ToArray();
        string Column(IProperty p) => sql.DelimitIdentifier(p.GetColumnName());

        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        command.CommandText = $"UPDATE {sql.DelimitIdentifier(user.GetTableName()!)} SET "
            + string.Join(", ", columns[..^1].Select((p, i) => $"{Column(p)} = @p{i}"))
            + $" WHERE {Column(columns[^1])} = @p{columns.Length - 1}";
        foreach (var row in chunk)
        {
            object?[] values = [row.Status, row.StatusMessage, row.StatusExpiresAt, row.ActivityName, row.LastSeenAt, row.UserId];
            command.Parameters.Clear();
            for (var i = 0; i < columns.Length; i++)
                command.Parameters.Add(mappings[i].CreateParameter(command, $"@p{i}", values[i], columns[i].IsNullable));
            await command.ExecuteNonQueryAsync(ct);
        }
        return chunk.Length;
    }
}
