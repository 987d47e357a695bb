using System.Diagnostics;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Gatehouse.Tests.Infrastructure.Persistence;

/// <summary>
/// The commit-order lock is asked of PostgreSQL once per transaction, however many sealers need it, and asked again
/// by the next transaction of the same context.
/// </summary>
public sealed class CommitOrderLockTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    [Fact]
    public async Task Is_asked_for_once_per_transaction_and_again_by_the_next()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GatehouseDb>();
        using var locks = new LockStatements(db);

        await using (var first = await db.Database.BeginTransactionAsync())
        {
            await CommitOrderLock.AcquireAsync(db, CancellationToken.None);
            await CommitOrderLock.AcquireAsync(db, CancellationToken.None);
            Assert.Equal(1, locks.Count);
            Assert.False(await FreeAsync(), "the first transaction holds the lock");
            await first.CommitAsync();
        }
        Assert.True(await FreeAsync(), "the commit released it");

        await using (var second = await db.Database.BeginTransactionAsync())
        {
            await CommitOrderLock.AcquireAsync(db, CancellationToken.None);
            Assert.Equal(2, locks.Count);
            Assert.False(await FreeAsync(), "the second transaction took it again");
            await second.RollbackAsync();
        }
    }

    /// <summary>Whether another session could take the lock now (taken and let go in one statement).</summary>
    private async Task<bool> FreeAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var other = scope.ServiceProvider.GetRequiredService<GatehouseDb>();
        return await other.Database.SqlQueryRaw<bool>($"SELECT pg_try_advisory_xact_lock({CommitOrderLock.LockId}) AS \"Value\"").SingleAsync();
    }

    /// <summary>Counts the lock statements one context sends, from EF Core's diagnostic events.</summary>
    private sealed class LockStatements : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly DbContext _db;
        private readonly IDisposable _all;
        private readonly List<IDisposable> _listeners = [];
        private int _count;

        public LockStatements(DbContext db)
        {
            _db = db;
            _all = DiagnosticListener.AllListeners.Subscribe(this);
        }

        public int Count => Volatile.Read(ref _count);

        public void OnNext(DiagnosticListener listener)
        {
            if (listener.Name == DbLoggerCategory.Name) lock (_listeners) _listeners.Add(listener.Subscribe(this));
        }

        public void OnNext(KeyValuePair<string, object?> e)
        {
            if (e.Key == RelationalEventId.CommandExecuted.Name && e.Value is CommandExecutedEventData data && data.Context == _db
                && data.Command.CommandText.Contains("pg_advisory_xact_lock", StringComparison.Ordinal))
                Interlocked.Increment(ref _count);
        }

        public void OnCompleted() { }

        public void OnError(Exception error) { }

        public void Dispose()
        {
            _all.Dispose();
            lock (_listeners) _listeners.ForEach(l => l.Dispose());
        }
    }
}
