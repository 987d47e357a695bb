using System.Globalization;

namespace Gatehouse.Server.Features.Backups;

/// <summary>
/// Grandfather-father-son retention: the newest <c>recent</c> backups, plus the newest backup of
/// each of the last <c>daily</c> days that have one, plus the newest of each of the last
/// <c>weekly</c> ISO weeks that have one. Everything else may be deleted.
/// </summary>
public static class RetentionPolicy
{
    public static IReadOnlySet<DateTime> Keep(IEnumerable<DateTime> takenAt, int recent, int daily, int weekly)
    {
        var newestFirst = takenAt.OrderByDescending(t => t).ToList();
        var keep = new HashSet<DateTime>(newestFirst.Take(recent));
        foreach (var t in NewestPerBucket(newestFirst, t => t.Date.Ticks).Take(daily)) keep.Add(t);
        foreach (var t in NewestPerBucket(newestFirst, t => (long)ISOWeek.GetYear(t) * 100 + ISOWeek.GetWeekOfYear(t)).Take(weekly)) keep.Add(t);
        return keep;
    }

    private static IEnumerable<DateTime> NewestPerBucket(IEnumerable<DateTime> newestFirst, Func<DateTime, long> bucket) =>
        newestFirst.GroupBy(bucket).Select(g => g.First());
}
