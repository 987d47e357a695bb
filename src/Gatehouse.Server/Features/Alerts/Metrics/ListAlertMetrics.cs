using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Gatehouse.Server.Features.Alerts.Metrics;

public static class ListAlertMetrics
{
    /// <summary>What a rule may watch.</summary>
    /// <param name="Metrics">Metric names for conditions.</param>
    /// <param name="Dimensions">Dimensions a condition's segment may name.</param>
    /// <param name="MaxWindowSeconds">The longest evaluation window.</param>
    public sealed record Response(IReadOnlyList<string> Metrics, IReadOnlyList<string> Dimensions, int MaxWindowSeconds);

    public static Ok<Response> Handle([FromServices] IAlertMetrics metrics) =>
        TypedResults.Ok(new Response(metrics.Metrics, metrics.Dimensions, (int)metrics.MaxWindow.TotalSeconds));
}
