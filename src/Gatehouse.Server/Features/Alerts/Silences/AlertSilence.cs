namespace Gatehouse.Server.Features.Alerts.Silences;

/// <summary>Mutes notifications of one rule (or of every rule) until an end time; states still change and are recorded.</summary>
public sealed class AlertSilence
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    /// <summary>Null silences every rule.</summary>
    public Guid? RuleId { get; set; }
    public DateTime StartsAt { get; set; }
    public DateTime EndsAt { get; set; }
    public string Reason { get; set; } = "";
    public Guid? CreatedByUserId { get; set; }

    public bool Covers(Guid ruleId, DateTime at) => (RuleId is null || RuleId == ruleId) && StartsAt <= at && at < EndsAt;
}
