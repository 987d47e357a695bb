namespace Gatehouse.Server.Features.Alerts.Rules;

/// <summary>An alert rule and where it stands.</summary>
/// <param name="State">normal, pending, firing or resolved.</param>
/// <param name="StateSince">When the rule entered its state.</param>
/// <param name="Silenced">An active silence covers the rule now.</param>
public sealed record AlertRuleResponse(
    Guid Id, string Name, string? Description, bool Enabled, string Match, IReadOnlyList<AlertCondition> Conditions, int ForSeconds,
    int KeepFiringSeconds, IReadOnlyList<Guid> ChannelIds, string State, DateTime StateSince, bool Silenced, DateTime CreatedAt,
    DateTime UpdatedAt, int Version)
{
    public static AlertRuleResponse Of(AlertRule r, bool silenced) => new(
        r.Id, r.Name, r.Description, r.Enabled, r.Match, r.Conditions, r.ForSeconds, r.KeepFiringSeconds, r.ChannelIds, r.State, r.StateSince,
        silenced, r.CreatedAt, r.UpdatedAt, r.Version);

    /// <summary>The editable part, for the audit diff.</summary>
    public static object Settings(AlertRule r) => new
    {
        name = r.Name,
        description = r.Description,
        enabled = r.Enabled,
        match = r.Match,
        conditions = r.ConditionsJson,
        for_seconds = r.ForSeconds,
        keep_firing_seconds = r.KeepFiringSeconds,
        channel_ids = r.ChannelIds.ToList(),
    };
}
