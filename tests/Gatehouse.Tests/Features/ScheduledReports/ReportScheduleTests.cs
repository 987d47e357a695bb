using Gatehouse.Server.Features.ScheduledReports.Definitions;

namespace Gatehouse.Tests.Features.ScheduledReports;

/// <summary>Cron expressions read in a time zone, across daylight-saving changes, against instants worked out by hand.</summary>
public sealed class ReportScheduleTests
{
    private static DateTime Utc(int y, int mo, int d, int h, int mi = 0) => new(y, mo, d, h, mi, 0, DateTimeKind.Utc);

    [Fact]
    public void Every_Monday_at_nine_in_Paris_is_eight_UTC_in_winter_and_seven_UTC_in_summer()
    {
        // Paris leaves winter time on Sunday 28 March 2027 (UTC+1 → UTC+2).
        var before = ReportSchedule.Next("0 9 * * 1", "Europe/Paris", Utc(2027, 3, 20, 0));
        Assert.Equal(Utc(2027, 3, 22, 8), before);
        Assert.Equal(Utc(2027, 3, 29, 7), ReportSchedule.Next("0 9 * * 1", "Europe/Paris", before!.Value));
    }

    [Fact]
    public void A_time_skipped_by_spring_forward_runs_at_the_end_of_the_gap_and_a_repeated_one_runs_once()
    {
        // 02:30 does not exist in Paris on 28 March 2027: it runs at 03:00 CEST (01:00 UTC).
        Assert.Equal(Utc(2027, 3, 28, 1), ReportSchedule.Next("30 2 * * *", "Europe/Paris", Utc(2027, 3, 27, 12)));
        // 02:30 happens twice on 31 October 2027 (03:00 CEST → 02:00 CET): one run, at the first.
        var first = ReportSchedule.Next("30 2 * * *", "Europe/Paris", Utc(2027, 10, 30, 12));
        Assert.Equal(Utc(2027, 10, 31, 0, 30), first);
        Assert.Equal(Utc(2027, 11, 1, 1, 30), ReportSchedule.Next("30 2 * * *", "Europe/Paris", first!.Value));
    }

    [Theory]
    [InlineData("0 9 * *")]
    [InlineData("61 9 * * *")]
    [InlineData("every monday")]
    [InlineData("")]
    public void Malformed_expressions_do_not_parse(string cron) => Assert.Null(ReportSchedule.Parse(cron));

    [Fact]
    public void Unknown_time_zones_are_refused() => Assert.Null(ReportSchedule.Zone("Europe/Atlantis"));
}
