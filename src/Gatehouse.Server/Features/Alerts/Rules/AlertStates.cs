namespace Gatehouse.Server.Features.Alerts.Rules;

/// <summary>normal → pending → firing → resolved (→ pending again when the condition returns).</summary>
public static class AlertStates
{
    public const string Normal = "normal";
    public const string Pending = "pending";
    public const string Firing = "firing";
    public const string Resolved = "resolved";

    public static readonly IReadOnlyList<string> All = [Normal, Pending, Firing, Resolved];
}
