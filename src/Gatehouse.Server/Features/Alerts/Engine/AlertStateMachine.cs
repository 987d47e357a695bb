using Gatehouse.Server.Features.Alerts.Rules;

namespace Gatehouse.Server.Features.Alerts.Engine;

/// <summary>Where a rule stands: its state, since when, and (while firing) since when its conditions are clear.</summary>
public sealed record AlertRuntime(string State, DateTime StateSince, DateTime? ClearSince);

/// <summary>
/// One evaluation step, a pure function of the previous runtime, whether the conditions hold now,
/// and the time. The live engine and the backtest both run it, so they cannot disagree.
/// </summary>
public static class AlertStateMachine
{
    public static AlertRuntime Step(AlertRuntime current, bool met, DateTime now, TimeSpan forDuration, TimeSpan keepFiringFor)
    {
        switch (current.State)
        {
            case AlertStates.Pending:
                if (!met) return new AlertRuntime(AlertStates.Normal, now, null);
                return now - current.StateSince >= forDuration ? new AlertRuntime(AlertStates.Firing, now, null) : current;
            case AlertStates.Firing:
                if (met) return current.ClearSince is null ? current : current with { ClearSince = null };
                var clearSince = current.ClearSince ?? now;
                return now - clearSince >= keepFiringFor
                    ? new AlertRuntime(AlertStates.Resolved, now, null)
                    : current with { ClearSince = clearSince };
            default: // normal or resolved
                if (!met) return current;
                return forDuration <= TimeSpan.Zero ? new AlertRuntime(AlertStates.Firing, now, null) : new AlertRuntime(AlertStates.Pending, now, null);
        }
    }
}
