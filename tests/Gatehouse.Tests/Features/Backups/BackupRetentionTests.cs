using Gatehouse.Server.Features.Backups;
using Gatehouse.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
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

/// <summary>A server on a fake clock with small retention limits, its scheduler driven by moving the clock.</summary>
public sealed class ScheduledBackupApp : SqliteApp
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 1, 5, 0, 0, 0, TimeSpan.Zero));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        LiveServer.Configure(builder, Clock, new Dictionary<string, string?>
        {
            ["Gatehouse:Backups:Interval"] = "06:00:00",
            ["Gatehouse:Backups:VerifyInterval"] = "06:00:00",
            ["Gatehouse:Backups:KeepRecent"] = "3",
            ["Gatehouse:Backups:KeepDaily"] = "2",
            ["Gatehouse:Backups:KeepWeekly"] = "2",
        });
    }
}

public sealed class ScheduledBackupTests(ScheduledBackupApp app) : IClassFixture<ScheduledBackupApp>
{
    [Fact]
    public async Task The_schedule_takes_a_backup_each_interval_prunes_by_retention_and_self_tests_the_newest()
    {
        using var owner = await app.OwnerAsync();
        var catalog = app.Services.GetRequiredService<BackupCatalog>();
        // Two weeks and a day of six-hourly backups, each one awaited through the runner's event.
        for (var i = 0; i < 61; i++)
        {
            var job = await app.NextRunAsync(() =>
            {
                app.Clock.Advance(TimeSpan.FromHours(6));
                return Task.CompletedTask;
            });
            Assert.Equal("succeeded", job.State);
            Assert.Equal("scheduled", job.Trigger);
        }

        var left = (await catalog.ListAsync(CancellationToken.None)).Select(b => b.TakenAt).ToList();
        var newest = app.Clock.GetUtcNow().UtcDateTime; // Tuesday 20 January 06:00
        // The three most recent (today 06:00 and 00:00, yesterday 18:00) are also today's and yesterday's last
        // and this ISO week's last; the previous week's last is Sunday 18 January 18:00.
        DateTime[] expected = [newest, newest.AddHours(-6), newest.AddHours(-12), newest.AddHours(-36)];
        Assert.Equal(expected.Order(), left.Order());

        await app.Services.GetRequiredService<BackupScheduler>().SelfTestAsync(CancellationToken.None);
        var verified = (await catalog.ListAsync(CancellationToken.None))[0].Verification;
        Assert.NotNull(verified);
        Assert.True(verified.Ok, verified.Detail);
    }
}
