using Gatehouse.Tests.Infrastructure;

namespace Gatehouse.Tests.Features.ScheduledReports;

/// <summary>
/// The scheduler itself on the fake clock, in a server whose clock starts on Friday 26 March 2027,
/// two days before Paris moves to summer time: a daily 09:00 report runs at 08:00 UTC, then at 07:00 UTC.
/// </summary>
public abstract class ReportSchedulingTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp, ILiveApp, IReportsApp
{
    public static readonly DateTimeOffset Start = new(2027, 3, 26, 12, 0, 0, TimeSpan.Zero);

    private static DateTime Utc(int day, int hour) => new(2027, 3, day, hour, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task A_daily_report_at_nine_in_Paris_follows_the_change_to_summer_time_and_covers_whole_local_days()
    {
        using var owner = await app.OwnerAsync();
        var recipient = Api.Unique("daily") + "@example.test";
        var report = await owner.CreateReportAsync(new
        {
            name = "Daily moderation",
            kind = "moderation",
            cron = "0 9 * * *",
            time_zone = "Europe/Paris",
            format = "pdf",
            period_days = 1,
            recipients = new[] { ReportsKit.Email(recipient, "fr") },
        });
        var id = report.GetProperty("id").GetGuid();
        Assert.Equal(Utc(27, 8), report.GetProperty("next_run_at").GetDateTime());

        // The background scheduler (a pass per minute of the fake clock) runs it: nothing here calls the worker.
        app.Clock.SetUtcNow(new DateTimeOffset(Utc(27, 8)));
        using var later = await app.OwnerAsync(); // the first sign-in's token has expired on the moved clock
        var first = await app.RunReachesAsync(later, id, "delivered");
        Assert.Equal(Utc(27, 8), first.GetProperty("period_to").GetDateTime());
        Assert.Equal(Utc(26, 8), first.GetProperty("period_from").GetDateTime());

        Assert.Equal(Utc(28, 7), (await later.GetJsonAsync($"/api/v1/reports/scheduled/{id}")).GetProperty("next_run_at").GetDateTime());
        app.Clock.SetUtcNow(new DateTimeOffset(Utc(28, 7)));
        using var after = await app.OwnerAsync();
        var runs = await after.RunsAsync(id);
        var second = runs.Count == 2 && runs[0].GetProperty("status").GetString() == "delivered" ? runs[0] : await app.RunReachesAsync(after, id, "delivered");
        Assert.Equal(Utc(28, 7), second.GetProperty("period_to").GetDateTime());
        // 09:00 to 09:00 local: a 23-hour day.
        Assert.Equal(Utc(27, 8), second.GetProperty("period_from").GetDateTime());
        Assert.Equal(2, (await after.RunsAsync(id)).Count);
        Assert.Equal(Utc(29, 7), (await after.GetJsonAsync($"/api/v1/reports/scheduled/{id}")).GetProperty("next_run_at").GetDateTime());
        var mail = await app.Sink.MessageToAsync(recipient, "application/pdf");
        Assert.Contains("application/pdf", mail, StringComparison.Ordinal);
    }
}

public sealed class SchedulingSqliteApp : ReportsSqliteApp
{
    public SchedulingSqliteApp() => StartClockAt(ReportSchedulingTests<SchedulingSqliteApp>.Start);
}

public sealed class SchedulingPostgresApp : ReportsPostgresApp
{
    public SchedulingPostgresApp() => StartClockAt(ReportSchedulingTests<SchedulingPostgresApp>.Start);
}

public sealed class ReportSchedulingTests_Sqlite(SchedulingSqliteApp app) : ReportSchedulingTests<SchedulingSqliteApp>(app);

public sealed class ReportSchedulingTests_Postgres(SchedulingPostgresApp app) : ReportSchedulingTests<SchedulingPostgresApp>(app);
