namespace Gatehouse.Server.Features.Alerts.Engine;

/// <summary>A rule's state as the panel shows it.</summary>
/// <param name="Conditions">What each condition saw at the last transition.</param>
public sealed record AlertStateChange(Guid RuleId, string State, string PreviousState, DateTime At, IReadOnlyList<ConditionResult> Conditions, bool Silenced);

/// <summary>State changes after they commit, for the <c>alerts</c> live topic (and tests that follow the engine).</summary>
public sealed class AlertsLiveFeed
{
    public event Action<AlertStateChange>? Changed;

    /// <summary>Raised after each evaluation pass (whether anything changed or not).</summary>
    public event Action<DateTime>? Evaluated;

    public void Publish(AlertStateChange change) => Changed?.Invoke(change);

    public void PassDone(DateTime at) => Evaluated?.Invoke(at);
}
