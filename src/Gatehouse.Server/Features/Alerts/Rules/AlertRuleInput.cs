using Gatehouse.Server.Features.Alerts.Metrics;
using Gatehouse.Server.Features.Alerts.Notifications;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Alerts.Rules;

/// <summary>A rule as written by the panel (create, full edit, backtest).</summary>
/// <param name="Match">all (AND, the default) or any (OR).</param>
/// <param name="ForSeconds">How long the conditions must hold before the alert fires (0: at once).</param>
/// <param name="KeepFiringSeconds">How long the conditions must stay clear before a firing alert resolves.</param>
/// <param name="ChannelIds">Notification channels told on firing and resolve.</param>
public sealed record AlertRuleInput(
    string? Name, IReadOnlyList<AlertCondition>? Conditions, string? Description = null, bool Enabled = true, string? Match = null,
    int ForSeconds = 0, int KeepFiringSeconds = 0, IReadOnlyList<string>? ChannelIds = null);

public static class AlertRuleRules
{
    public const int MaxConditions = 5;
    public const int MaxDurationSeconds = 7 * 24 * 3600;
    public const long MaxMinSamples = 1_000_000_000;

    /// <summary>Checks everything that can be checked without the database.</summary>
    public static void Validate(Validator v, AlertRuleInput r, IAlertMetrics metrics, bool nameRequired = true)
    {
        if (nameRequired) v.Required("name", r.Name);
        v.MaxLength("name", r.Name, 100).MaxLength("description", r.Description, 500);
        if (r.Match is not null && !AlertMatch.Values.Contains(r.Match)) v.Add("match", AlertText.Get("match.unknown"));
        if (r.ForSeconds is < 0 or > MaxDurationSeconds) v.Add("for_seconds", AlertText.Get("duration.range", MaxDurationSeconds));
        if (r.KeepFiringSeconds is < 0 or > MaxDurationSeconds) v.Add("keep_firing_seconds", AlertText.Get("duration.range", MaxDurationSeconds));
        ValidateChannelElements(v, r.ChannelIds);
        if (r.Conditions is null || r.Conditions.Count is 0 or > MaxConditions)
        {
            v.Add("conditions", AlertText.Get("conditions.count", MaxConditions));
            return;
        }
        var maxWindow = (int)metrics.MaxWindow.TotalSeconds;
        for (var i = 0; i < r.Conditions.Count; i++)
        {
            var c = r.Conditions[i];
            var at = $"conditions[{i}]";
            if (c is null)
            {
                v.Add(at, Messages.Get("required"));
                continue;
            }
            if (c.Metric is null || !metrics.Metrics.Contains(c.Metric))
                v.Add($"{at}.metric", AlertText.Get("metric.unknown", c.Metric, string.Join(", ", metrics.Metrics)));
            if (c.Segment is not null && (c.Segment.Length > 300 || AlertSegment.Parse(c.Segment) is not { } s || !metrics.Dimensions.Contains(s.Dimension)))
                v.Add($"{at}.segment", AlertText.Get("segment.format", string.Join(", ", metrics.Dimensions)));
            if (c.Comparator is null || !AlertComparators.All.Contains(c.Comparator))
                v.Add($"{at}.comparator", AlertText.Get("comparator.unknown", string.Join(", ", AlertComparators.All)));
            if (!double.IsFinite(c.Threshold)) v.Add($"{at}.threshold", AlertText.Get("number.finite"));
            if (c.WindowSeconds < 1 || c.WindowSeconds > maxWindow) v.Add($"{at}.window_seconds", AlertText.Get("window.range", maxWindow));
            if (c.MinSamples is < 0 or > MaxMinSamples) v.Add($"{at}.min_samples", AlertText.Get("min_samples.range", MaxMinSamples));
            if (c.ClearThreshold is { } clear)
            {
                if (!double.IsFinite(clear)) v.Add($"{at}.clear_threshold", AlertText.Get("number.finite"));
                else if (c.Comparator is not null && AlertComparators.All.Contains(c.Comparator) && !AlertComparators.IsOnClearSide(c.Comparator, c.Threshold, clear))
                    v.Add($"{at}.clear_threshold", AlertText.Get("clear.side"));
            }
        }
    }

    public static void ValidateChannelElements(Validator v, IReadOnlyList<string>? channelIds)
    {
        for (var i = 0; i < (channelIds?.Count ?? 0); i++)
        {
            if (channelIds![i] is null) v.Add($"channel_ids[{i}]", Messages.Get("required"));
            else if (!Guid.TryParse(channelIds[i], out _)) v.Add($"channel_ids[{i}]", AlertText.Get("channel.unknown", channelIds[i]));
        }
    }

    /// <summary>Channel ids (as sent: strings) to known channel ids; each bad one is named with its index.</summary>
    public static async Task<List<Guid>?> ResolveChannelsAsync(Validator v, GatehouseDb db, IReadOnlyList<string>? channelIds, CancellationToken ct)
    {
        if (channelIds is null) return null;
        var parsed = channelIds.Select(text => Guid.TryParse(text, out var id) ? id : (Guid?)null).ToList();
        var candidates = parsed.OfType<Guid>().Distinct().ToList();
        var known = await db.Set<AlertChannel>().Where(c => candidates.Contains(c.Id)).Select(c => c.Id).ToListAsync(ct);
        for (var i = 0; i < channelIds.Count; i++)
            if (parsed[i] is { } id && !known.Contains(id)) v.Add($"channel_ids[{i}]", AlertText.Get("channel.unknown", channelIds[i]));
        return [.. parsed.OfType<Guid>().Distinct()];
    }

    public static void Apply(AlertRule rule, AlertRuleInput r, IReadOnlyList<Guid> channelIds)
    {
        rule.Name = r.Name!.Trim();
        rule.Description = r.Description;
        rule.Enabled = r.Enabled;
        rule.Match = r.Match ?? AlertMatch.All;
        rule.Conditions = r.Conditions!;
        rule.ForSeconds = r.ForSeconds;
        rule.KeepFiringSeconds = r.KeepFiringSeconds;
        rule.ChannelIds = [.. channelIds];
    }

    public static async Task<AlertRule> LoadAsync(GatehouseDb db, Guid id, CancellationToken ct) =>
        await db.Set<AlertRule>().FirstOrDefaultAsync(r => r.Id == id, ct)
        ?? throw new RuleViolation(404, "not-found", AlertText.Get("rule.unknown"));
}
