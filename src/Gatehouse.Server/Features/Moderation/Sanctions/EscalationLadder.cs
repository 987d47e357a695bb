using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Moderation.Sanctions;

/// <summary>
/// Suggests the next step for a member: with N strikes (sanctions other than replaced ones, applied
/// within the window) the ladder's step N, the last step repeating. It only suggests; a moderator decides.
/// </summary>
public sealed class EscalationLadder(IOptions<ModerationOptions> options)
{
    /// <param name="Kind">The suggested action.</param>
    /// <param name="DurationSeconds">Its duration; null for warn, kick and a permanent ban.</param>
    /// <param name="Strikes">Sanctions counted, within <paramref name="WindowDays"/> days.</param>
    /// <param name="Counts">Strikes per kind, to explain the suggestion ("3 warnings in the last 30 days").</param>
    public sealed record Suggestion(string Kind, long? DurationSeconds, int Strikes, int WindowDays, IReadOnlyDictionary<string, int> Counts);

    public Suggestion Suggest(IEnumerable<Sanction> history, DateTime now)
    {
        var o = options.Value;
        var strikes = history.Where(s => s.CreatedAt > now - o.StrikeWindow && s.EndReason != SanctionEndReasons.Replaced).ToList();
        var ladder = o.EffectiveLadder;
        var step = ladder[Math.Min(strikes.Count, ladder.Count - 1)];
        var counts = strikes.GroupBy(s => s.Kind).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return new Suggestion(step.Kind, step.Duration is { } d ? (long)d.TotalSeconds : null, strikes.Count, (int)o.StrikeWindow.TotalDays, counts);
    }
}
