using System.Diagnostics;

namespace Gatehouse.Server.Infrastructure.Observability;

/// <summary>The W3C <c>traceparent</c> kept with work that outlives its request (an outbox event, a queued webhook delivery).</summary>
public static class TraceContext
{
    /// <summary>The traceparent of the current span, to store with the work; null outside any trace.</summary>
    public static string? Current => Activity.Current is { IdFormat: ActivityIdFormat.W3C } activity ? activity.Id : null;

    /// <summary>The stored context as a remote parent; <c>default</c> (a new trace) when none was stored or it does not parse.</summary>
    public static ActivityContext Parse(string? traceParent) =>
        traceParent is not null && ActivityContext.TryParse(traceParent, null, isRemote: true, out var context) ? context : default;
}
