namespace Gatehouse.Server.Features.Alerts.Engine;

/// <summary>One change of a rule's state, kept as its history.</summary>
public sealed class AlertTransition
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid RuleId { get; set; }
    public string From { get; set; } = "";
    public string To { get; set; } = "";
    public DateTime At { get; set; }
    /// <summary>What each condition saw (JSON list of <see cref="ConditionResult"/>).</summary>
    public string ValuesJson { get; set; } = "[]";
    /// <summary>A silence covered the rule: no notification was sent.</summary>
    public bool Silenced { get; set; }
}
