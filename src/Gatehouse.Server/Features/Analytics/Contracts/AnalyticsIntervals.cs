namespace Gatehouse.Server.Features.Analytics.Contracts;

/// <summary>The live window lengths: <c>1s</c>, <c>5s</c> and <c>1m</c>.</summary>
public static class AnalyticsIntervals
{
    public const string OneSecond = "1s";
    public const string FiveSeconds = "5s";
    public const string OneMinute = "1m";

    public static readonly IReadOnlyList<string> All = [OneSecond, FiveSeconds, OneMinute];

    public static TimeSpan LengthOf(string interval) => interval switch
    {
        OneSecond => TimeSpan.FromSeconds(1),
        FiveSeconds => TimeSpan.FromSeconds(5),
        OneMinute => TimeSpan.FromMinutes(1),
        _ => throw new ArgumentOutOfRangeException(nameof(interval), interval, "Unknown interval."),
    };
}
