using Gatehouse.Server.Features.Backups;
using Gatehouse.Server.Infrastructure;
using Gatehouse.Server.Infrastructure.Cluster;
using Gatehouse.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Gatehouse.Tests.Features.Backups;

public sealed class RetentionPolicyTests
{
    private static readonly DateTime Start = new(2026, 1, 5, 0, 0, 0, DateTimeKind.Utc); // a Monday

    [Fact]
    public void Quarter_hourly_backups_over_ten_weeks_keep_24_recent_14_daily_and_8_weekly()
    {
        var taken = Enumerable.Range(0, 70 * 96).Select(i => Start.AddMinutes(15 * i)).ToList();
        var keep = RetentionPolicy.Keep(taken, recent: 24, daily: 14, weekly: 8);
        var newest = taken[^1]; // Sunday 15 March 23:45
        // The last 24 (six hours), the last backup of each of the 13 earlier days (the newest day is among the 24),
        // and the last backup (Sunday 23:45) of each of the 8 weeks, of which the last two are already counted as days.
        Assert.Equal(24 + 13 + 6, keep.Count);
        Assert.All(taken.TakeLast(24), t => Assert.Contains(t, keep));
        Assert.Contains(newest.AddDays(-13), keep);
        Assert.DoesNotContain(newest.AddDays(-13).AddMinutes(-15), keep);
        Assert.DoesNotContain(newest.AddDays(-14), keep.Where(t => t.DayOfWeek != DayOfWeek.Sunday));
        Assert.Contains(newest.AddDays(-49), keep);
        Assert.DoesNotContain(newest.AddDays(-56), keep);
    }

    [Fact]
    public void Fewer_backups_than_the_limits_are_all_kept()
    {
        var taken = Enumerable.Range(0, 5).Select(i => Start.AddDays(i)).ToList();
        Assert.Equal(5, RetentionPolicy.Keep(taken, 24, 14, 8).Count);
    }
}

/// <summary>Small retention limits, so a few scheduled runs exercise every rule.</summary>
public sealed class ScheduledBackupApp : SqliteApp
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Gatehouse:Backups:Interval"] = "1.00:00:00",
        ["Gatehouse:Backups:VerifyInterval"] = "7.00:00:00",
        ["Gatehouse:Backups:KeepRecent"] = "1",
        ["Gatehouse:Backups:KeepDaily"] = "2",
        ["Gatehouse:Backups:KeepWeekly"] = "3",
    };
}

/// <summary>
/// The scheduler and runner on a fake clock (the rest of the server keeps the real one: moving a
/// whole server's clock by days would fire every other timer thousands of times).
/// </summary>
public sealed class ScheduledBackupTests(ScheduledBackupApp app) : IClassFixture<ScheduledBackupApp>
{
    [Fact]
    public async Task The_schedule_takes_a_backup_each_interval_prunes_by_retention_and_self_tests_the_newest()
    {
        _ = app.Server;
        var services = app.Services;
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 5, 0, 0, 0, TimeSpan.Zero)); // a Monday
        var runner = new BackupRunner(services.GetRequiredService<IServiceScopeFactory>(), clock, NullLogger<BackupRunner>.Instance);
        var catalog = services.GetRequiredService<BackupCatalog>();
        var options = services.GetRequiredService<IOptions<BackupsOptions>>();
        var scheduler = new BackupScheduler(runner, catalog, options, services.GetRequiredService<IOptions<GatehouseOptions>>(),
            services.GetRequiredService<IConfiguration>(), services.GetRequiredService<ClusterLease>(), clock, NullLogger<BackupScheduler>.Instance);
        await scheduler.StartAsync(CancellationToken.None);
        await scheduler.Ready.WaitAsync(TimeSpan.FromSeconds(30));
        // What the panel's empty state announces: the first tick of this node's timer.
        Assert.Equal(clock.GetUtcNow().UtcDateTime + options.Value.Interval, scheduler.NextRunAt());
        try
        {
            // Sixteen daily backups (Tuesday 6 to Wednesday 21 January), each awaited through the runner's event.
            for (var i = 0; i < 16; i++)
            {
                var finished = new TaskCompletionSource<BackupJob>(TaskCreationOptions.RunContinuationsAsynchronously);
                void OnFinished(BackupJob job) => finished.TrySetResult(job);
                runner.Finished += OnFinished;
                clock.Advance(TimeSpan.FromDays(1));
                var job = await finished.Task.WaitAsync(TimeSpan.FromSeconds(60));
                runner.Finished -= OnFinished;
                Assert.Equal("succeeded", job.State);
                Assert.Equal("scheduled", job.Trigger);
            }
        }
        finally
        {
            await scheduler.StopAsync(CancellationToken.None);
        }

        var left = (await catalog.ListAsync(CancellationToken.None)).Select(b => b.TakenAt).ToList();
        var newest = clock.GetUtcNow().UtcDateTime; // Wednesday 21 January 00:00
        // Kept: the newest (also today's and this ISO week's last), yesterday's, and the last of the two
        // weeks before (Sundays 18 and 11 January); Monday 19 January and everything older are pruned.
        DateTime[] expected = [newest, newest.AddDays(-1), newest.AddDays(-3), newest.AddDays(-10)];
        Assert.Equal(expected.Order(), left.Order());

        await scheduler.SelfTestAsync(CancellationToken.None);
        var verified = (await catalog.ListAsync(CancellationToken.None))[0].Verification;
        Assert.NotNull(verified);
        Assert.True(verified.Ok, verified.Detail);
    }
}
