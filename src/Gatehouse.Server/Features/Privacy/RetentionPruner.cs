using Gatehouse.Server.Features.Privacy.Contracts;
using Gatehouse.Server.Infrastructure.Cluster;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Privacy;

/// <summary>
/// Enforces the retention settings: on every tick, each category deletes what is older than its period.
/// Once per cluster (the lease holder), on the injected clock.
/// </summary>
public sealed class RetentionPruner(IServiceScopeFactory scopes, TimeProvider time, IOptions<PrivacyOptions> options,
    ClusterLease lease, ILogger<RetentionPruner> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PruneInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            // Off the tick's thread: a fake clock moved by days fires every missed period in one call.
            await Task.Yield();
            if (!lease.IsLeader) continue;
            try
            {
                await PruneAsync(stoppingToken);
            }
            catch (Exception e) when (e is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
            {
                logger.LogWarning(e, "Retention pruning failed; it runs again at the next interval");
            }
        }
    }

    /// <summary>One pass over every category; returns how much each deleted.</summary>
    public async Task<Dictionary<string, int>> PruneAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var rules = sp.GetServices<IRetentionRule>().ToList();
        var settings = await ManageRetention.SettingsAsync(rules, sp.GetRequiredService<GatehouseDb>(), ct);
        var now = time.GetUtcNow().UtcDateTime;
        var done = new Dictionary<string, int>();
        foreach (var rule in rules)
        {
            var days = settings.First(s => s.Category == rule.Category).Days;
            done[rule.Category] = await rule.PruneAsync(now.AddDays(-days), ct);
        }
        Pruned?.Invoke(done);
        return done;
    }

    /// <summary>Raised after each pass (tests wait on it instead of polling).</summary>
    public event Action<Dictionary<string, int>>? Pruned;
}
