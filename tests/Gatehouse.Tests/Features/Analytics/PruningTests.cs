using System.Net;
using Gatehouse.Server.Features.Analytics.Storage;
using Gatehouse.Server.Features.Analytics.Windows;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Tests.Features.Presence;
using Gatehouse.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gatehouse.Tests.Features.Analytics;

/// <summary>Retention on the fake clock: raw events go after 30 days, rollups after 13 months, newer data stays.</summary>
public abstract class PruningTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp, ILiveApp
{
    [Fact]
    public async Task Raw_events_past_retention_and_rollups_past_theirs_are_pruned_and_newer_ones_kept()
    {
        var (member, id, email) = await app.MemberAsync();
        await (await member.SendEventsAsync(new { events = new[] { new { type = "old_one" } } })).ShouldBeAsync(HttpStatusCode.Accepted);
        await app.DrainedAsync();
        var oldMinute = new WindowAccumulator(DateTime.SpecifyKind(app.Clock.GetUtcNow().UtcDateTime.Date.AddDays(-400), DateTimeKind.Utc), TimeSpan.FromMinutes(1));
        oldMinute.Totals.Events = 3;
        var keptMinute = new WindowAccumulator(oldMinute.Start.AddDays(40), TimeSpan.FromMinutes(1));
        keptMinute.Totals.Events = 4;
        await app.Service<RollupWriter>().WriteMinuteAsync(oldMinute, default);
        await app.Service<RollupWriter>().WriteMinuteAsync(keptMinute, default);
        // Their quarter hours too: the 15-minute tier is kept exactly as long as its minutes.
        await app.Service<RollupWriter>().CompactQuarterAsync(oldMinute.Start, default);
        await app.Service<RollupWriter>().CompactQuarterAsync(keptMinute.Start, default);

        await app.AdvanceAsync(TimeSpan.FromDays(31));
        using var again = await app.SignedInAsync(email, Api.MemberPassword); // the old access token has expired meanwhile
        await (await again.SendEventsAsync(new { events = new[] { new { type = "new_one" } } })).ShouldBeAsync(HttpStatusCode.Accepted);
        await app.DrainedAsync();

        // The background pruner may already have run on the moved clock; one more pass is idempotent.
        await app.Service<AnalyticsPruner>().PruneAsync(default);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GatehouseDb>();
        var types = await db.Set<RawEvent>().Where(e => e.UserId == id && e.Source == EventSources.Sdk).Select(e => e.Type).ToListAsync();
        Assert.Equal(["new_one"], types);
        Assert.False(await db.Set<Rollup>().AnyAsync(r => r.Bucket == oldMinute.Start));
        Assert.True(await db.Set<Rollup>().AnyAsync(r => r.Bucket == keptMinute.Start && r.ResolutionSeconds == StoredMetrics.Minute));
        Assert.True(await db.Set<Rollup>().AnyAsync(r => r.Bucket == keptMinute.Start && r.ResolutionSeconds == StoredMetrics.Quarter));
    }
}

public sealed class PruningTests_Sqlite(AnalyticsSqliteApp app) : PruningTests<AnalyticsSqliteApp>(app);

public sealed class PruningTests_Postgres(AnalyticsPostgresApp app) : PruningTests<AnalyticsPostgresApp>(app);
