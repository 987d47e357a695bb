using System.Collections.Concurrent;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.ApiKeys;

/// <summary>
/// Last use of each key, held in memory and written in batches: a busy integration must not turn
/// every request into a database write. Lists read the pending value, so they are never stale.
/// </summary>
public sealed class ApiKeyUsage
{
    public sealed record Use(DateTime At, string? Ip);

    private readonly ConcurrentDictionary<Guid, Use> _pending = new();

    public void Record(Guid keyId, DateTime at, string? ip) =>
        _pending.AddOrUpdate(keyId, new Use(at, ip), (_, old) => old.At > at ? old : new Use(at, ip));

    public Use? Pending(Guid keyId) => _pending.TryGetValue(keyId, out var use) ? use : null;

    /// <summary>Writes what is pending; a use recorded meanwhile stays for the next batch.</summary>
    public async Task FlushAsync(GatehouseDb db, CancellationToken ct)
    {
        var batch = _pending.ToArray();
        if (batch.Length == 0) return;
        await db.WriteAsync(async c =>
        {
            foreach (var (id, use) in batch)
                await db.Set<ApiKey>().Where(k => k.Id == id && (k.LastUsedAt == null || k.LastUsedAt < use.At))
                    .ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAt, use.At).SetProperty(k => k.LastUsedIp, use.Ip), c);
            return 0;
        }, ct);
        foreach (var entry in batch) _pending.TryRemove(entry);
    }
}

/// <summary>Flushes <see cref="ApiKeyUsage"/> on the configured interval and once more at shutdown.</summary>
public sealed class ApiKeyUsageWriter(ApiKeyUsage usage, IServiceScopeFactory scopes, IOptions<ApiKeysOptions> options, TimeProvider time,
    ILogger<ApiKeyUsageWriter> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(options.Value.UsageFlushInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
            await FlushAsync(stoppingToken);
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await FlushAsync(cancellationToken);
    }

    private async Task FlushAsync(CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await usage.FlushAsync(scope.ServiceProvider.GetRequiredService<GatehouseDb>(), ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Last-used times are informative; a failed batch is retried with the next one.
            logger.LogWarning(e, "Could not write API key last-used times");
        }
    }
}
