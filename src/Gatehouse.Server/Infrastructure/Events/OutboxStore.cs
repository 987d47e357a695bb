using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Infrastructure.Events;

/// <summary>The dispatcher's reads and writes of the outbox tables, each in a scope of its own.</summary>
public sealed class OutboxStore(IServiceScopeFactory scopes, TimeProvider time)
{
    public async Task<long> CheckpointAsync(string subscriber, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GatehouseDb>();
        return await db.OutboxCheckpoints.AsNoTracking().Where(c => c.Subscriber == subscriber)
            .Select(c => (long?)c.Position).FirstOrDefaultAsync(ct) ?? 0;
    }

    public Task SaveCheckpointAsync(string subscriber, long position, CancellationToken ct) =>
        SaveCheckpointsAsync(new Dictionary<string, long> { [subscriber] = position }, ct);

    /// <summary>
    /// Several subscribers' positions in one statement (<see cref="OutboxCheckpointWriter"/>): an upsert, which
    /// SQLite and PostgreSQL spell alike. It runs after every commit, so it neither reads the rows first nor
    /// tracks them: one statement instead of a read and an update per subscriber.
    /// </summary>
    public async Task SaveCheckpointsAsync(IReadOnlyDictionary<string, long> positions, CancellationToken ct)
    {
        if (positions.Count == 0) return;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GatehouseDb>();
        var now = time.GetUtcNow().UtcDateTime;
        var rows = new List<string>(positions.Count);
        var values = new List<object>(positions.Count * 3);
        foreach (var (subscriber, position) in positions)
        {
            rows.Add($"({{{values.Count}}}, {{{values.Count + 1}}}, {{{values.Count + 2}}})");
            values.AddRange([subscriber, position, now]);
        }
        var upsert = $"""
            INSERT INTO outbox_checkpoints ("Subscriber", "Position", "UpdatedAt") VALUES {string.Join(", ", rows)}
            ON CONFLICT ("Subscriber") DO UPDATE SET "Position" = excluded."Position", "UpdatedAt" = excluded."UpdatedAt"
            """;
        // Through the write gate, as every write: SQLite has one writer, and waiting in the gate beats its busy loop.
        // Without an fsync of its own: a checkpoint lost with the machine means events delivered again (at least once).
        await db.WriteWithoutSyncAsync(c => db.Database.ExecuteSqlRawAsync(upsert, values, c), ct);
    }

    public async Task<List<DomainEvent>> ReadAfterAsync(long position, int limit, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GatehouseDb>();
        var rows = await db.OutboxMessages.AsNoTracking().Where(m => m.Sequence > position)
            .OrderBy(m => m.Sequence).Take(limit).ToListAsync(ct);
        return [.. rows.Select(r => r.ToEvent())];
    }

    /// <summary>
    /// Committed events some subscriber has not handled yet: how many, and when the oldest was
    /// committed (null when every subscriber is caught up). A subscriber without a checkpoint has handled nothing.
    /// </summary>
    public async Task<(long Pending, DateTime? OldestAt)> BacklogAsync(IReadOnlyCollection<string> subscribers, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GatehouseDb>();
        var checkpoints = await db.OutboxCheckpoints.AsNoTracking().Where(x => subscribers.Contains(x.Subscriber)).Select(x => x.Position).ToListAsync(ct);
        var handledByAll = checkpoints.Count < subscribers.Count ? 0 : checkpoints.DefaultIfEmpty(long.MaxValue).Min();
        var pending = db.OutboxMessages.AsNoTracking().Where(m => m.Sequence > handledByAll);
        return (await pending.LongCountAsync(ct), await pending.MinAsync(m => (DateTime?)m.OccurredAt, ct));
    }

    /// <summary>
    /// Deletes events older than the retention that every current subscriber has handled. The
    /// newest row always stays: sequences continue from it, so checkpoints never point past the end.
    /// </summary>
    public async Task<int> PruneAsync(IReadOnlyCollection<string> subscribers, TimeSpan retention, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GatehouseDb>();
        var cutoff = time.GetUtcNow().UtcDateTime - retention;
        return await db.WriteAsync(async c =>
        {
            var newest = await db.OutboxMessages.MaxAsync(m => (long?)m.Sequence, c) ?? 0;
            var checkpoints = await db.OutboxCheckpoints.Where(x => subscribers.Contains(x.Subscriber)).Select(x => x.Position).ToListAsync(c);
            // A subscriber with no checkpoint yet has handled nothing.
            var handledByAll = checkpoints.Count < subscribers.Count ? 0 : checkpoints.DefaultIfEmpty(newest).Min();
            return await db.OutboxMessages
                .Where(m => m.OccurredAt < cutoff && m.Sequence <= handledByAll && m.Sequence < newest)
                .ExecuteDeleteAsync(c);
        }, ct);
    }
}
