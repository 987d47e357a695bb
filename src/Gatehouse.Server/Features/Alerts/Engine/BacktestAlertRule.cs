using Gatehouse.Server.Features.Alerts.Metrics;
using Gatehouse.Server.Features.Alerts.Rules;
using Gatehouse.Server.Infrastructure.Errors;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Gatehouse.Server.Features.Alerts.Engine;

public static class BacktestAlertRule
{
    /// <summary>How often a rule would have fired over one period (the last day, the last week).</summary>
    /// <param name="Fired">Times it would have gone from normal/pending into firing.</param>
    /// <param name="StepSeconds">The rollup step the replay used (the longest condition window, rounded up to whole minutes).</param>
    /// <param name="Points">Steps replayed.</param>
    public sealed record Period(int Fired, int StepSeconds, int Points);

    public sealed record Response(Period LastDay, Period LastWeek);

    /// <summary>
    /// Replays a draft rule over the stored rollups of the last 24 hours and 7 days through the same
    /// state machine the engine runs, one step at a time. Nothing is saved.
    /// </summary>
    public static async Task<Results<Ok<Response>, ValidationProblem>> Handle(
        AlertRuleInput request, [FromServices] IAlertMetrics metrics, TimeProvider time, CancellationToken ct)
    {
        var v = new Validator();
        AlertRuleRules.Validate(v, request, metrics, nameRequired: false);
        if (!v.IsValid) return Problems.Validation(v.Errors);
        var now = time.GetUtcNow().UtcDateTime;
        return TypedResults.Ok(new Response(
            await ReplayAsync(request, metrics, now - TimeSpan.FromDays(1), now, ct),
            await ReplayAsync(request, metrics, now - TimeSpan.FromDays(7), now, ct)));
    }

    public static async Task<Period> ReplayAsync(AlertRuleInput rule, IAlertMetrics metrics, DateTime from, DateTime to, CancellationToken ct)
    {
        var conditions = rule.Conditions!;
        var step = TimeSpan.FromMinutes(Math.Max(1, Math.Ceiling(conditions.Max(c => c.WindowSeconds) / 60.0)));
        var series = new List<IReadOnlyList<AlertPoint>>();
        foreach (var c in conditions)
            series.Add(await metrics.HistoryAsync(c.Metric, from, to, step, AlertSegment.Parse(c.Segment), ct));
        var points = series.Min(s => s.Count);
        var state = new AlertRuntime(AlertStates.Normal, from, null);
        var fired = 0;
        for (var i = 0; i < points; i++)
        {
            var firing = state.State == AlertStates.Firing;
            var results = conditions.Select((c, k) => ConditionCheck.Evaluate(c, new AlertReading(series[k][i].Value, series[k][i].Samples), firing)).ToList();
            // A step is judged when it closes.
            var next = AlertStateMachine.Step(state, ConditionCheck.Combine(rule.Match ?? AlertMatch.All, results), series[0][i].At + step,
                TimeSpan.FromSeconds(rule.ForSeconds), TimeSpan.FromSeconds(rule.KeepFiringSeconds));
            if (next.State == AlertStates.Firing && state.State != AlertStates.Firing) fired++;
            state = next;
        }
        return new Period(fired, (int)step.TotalSeconds, points);
    }
}
