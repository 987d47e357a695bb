using Gatehouse.Server.Features.Presence.Model;
using Microsoft.AspNetCore.SignalR;

namespace Gatehouse.Server.Features.Presence.Gateway;

/// <summary>
/// Sends a user's own presence back to each of their gateway sessions, so a status set on the
/// desktop shows on the phone. Sends leave the publishing lock through the thread pool: a stuck
/// client never holds up the registry (and SignalR closes it after its client timeout).
/// The session whose <c>setStatus</c> or <c>setActivity</c> made the change is left out: the call's
/// result already carries the same presence (the SDK applies it), and a second copy cost every
/// change one more write and one more thread-pool hop (measured in bench/README.md).
/// </summary>
public sealed class GatewayEcho(IHubContext<GatewayHub> hub, ILogger<GatewayEcho> logger) : IPresenceChangeSink
{
    public const string Method = "presence.update";

    // The connection answered by the call in progress on this thread. Set only around the synchronous part of
    // a registry call: the in-process registry publishes before it returns, on the caller's thread. A registry
    // that publishes later, on another thread (cluster mode), finds it unset and echoes to every session.
    [ThreadStatic] private static string? t_answeredByCall;

    /// <summary>Leaves <paramref name="connectionId"/> out of the echoes published until disposed (same thread, no await inside).</summary>
    public static AnsweredByCall Answering(string connectionId)
    {
        t_answeredByCall = connectionId;
        return default;
    }

    public readonly struct AnsweredByCall : IDisposable
    {
        public void Dispose() => t_answeredByCall = null;
    }

    public void Publish(PresenceChange change)
    {
        var skip = t_answeredByCall;
        if (change.Connections.Count == 0 || change.Connections is [var only] && only == skip) return;
        ThreadPool.UnsafeQueueUserWorkItem(static state => _ = state.Echo.SendAsync(state.Change, state.Skip), (Echo: this, Change: change, Skip: skip),
            preferLocal: false);
    }

    private async Task SendAsync(PresenceChange change, string? skip)
    {
        try
        {
            // One lookup per session: sending to a list of connection ids makes SignalR's default
            // lifetime manager test every connection of the hub against the list, which at 10k
            // gateway connections was the server's hottest code.
            foreach (var connectionId in change.Connections)
                if (connectionId != skip)
                    await hub.Clients.Client(connectionId).SendAsync(Method, change.Full);
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or OperationCanceledException)
        {
            logger.LogDebug(e, "Echo of {UserId}'s presence failed", change.UserId);
        }
    }
}
