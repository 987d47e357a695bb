using Microsoft.AspNetCore.SignalR;

namespace Gatehouse.Server.Infrastructure.Realtime;

/// <summary>
/// Logs the hub method calls that fail, in place of SignalR's dispatcher, whose own logger is switched off
/// (<see cref="DispatcherCategory"/>): while that logger is enabled at any level, SignalR starts an <c>Activity</c>
/// for every hub method call so its lines can carry a trace id, even with nobody tracing (its id strings, tags, links
/// and the async-local it sets: ~15 % of what the server allocated at 200 presence changes/s, bench/README.md).
/// With tracing exported, SignalR still creates its activities for the exporter.
/// </summary>
/// <remarks>
/// A <see cref="HubException"/> is the hub answering its caller (a refused status, a muted member): the caller gets
/// its message and the log a debug line. Anything else is a server error, logged as SignalR logged it.
/// </remarks>
public sealed partial class HubInvocationFailures(ILogger<HubInvocationFailures> log) : IHubFilter
{
    /// <summary>SignalR's dispatcher logs under this category (the generic type's name without its argument).</summary>
    public const string DispatcherCategory = "Microsoft.AspNetCore.SignalR.Internal.DefaultHubDispatcher";

    public ValueTask<object?> InvokeMethodAsync(HubInvocationContext context, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        ValueTask<object?> call;
        try
        {
            call = next(context);
        }
        catch (Exception e)
        {
            call = ValueTask.FromException<object?>(e);
        }
        // The usual case costs nothing: no state machine unless the call is still running or failed.
        return call.IsCompletedSuccessfully ? call : ObserveAsync(call, context);
    }

    private async ValueTask<object?> ObserveAsync(ValueTask<object?> call, HubInvocationContext context)
    {
        try
        {
            return await call;
        }
        catch (HubException e)
        {
            Refused(log, context.HubMethodName, context.Hub.GetType().Name, e.Message);
            throw;
        }
        catch (Exception e) when (e is not OperationCanceledException || !context.Context.ConnectionAborted.IsCancellationRequested)
        {
            Failed(log, context.HubMethodName, context.Hub.GetType().Name, e);
            throw;
        }
    }

    [LoggerMessage(1, LogLevel.Debug, "Hub method {HubMethod} of {Hub} refused: {Reason}")]
    private static partial void Refused(ILogger logger, string hubMethod, string hub, string reason);

    [LoggerMessage(2, LogLevel.Error, "Failed to invoke hub method {HubMethod} of {Hub}")]
    private static partial void Failed(ILogger logger, string hubMethod, string hub, Exception exception);
}
