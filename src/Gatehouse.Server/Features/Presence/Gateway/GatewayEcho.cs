using Gatehouse.Server.Features.Presence.Model;
using Microsoft.AspNetCore.SignalR;

namespace Gatehouse.Server.Features.Presence.Gateway;

/// <summary>
/// Sends a user's own presence back to each of their gateway sessions, so a status set on the
/// desktop shows on the phone. Sends leave the publishing lock through the thread pool: a stuck
/// client never holds up the registry (and SignalR closes it after its client timeout).
/// </summary>
public sealed class GatewayEcho(IHubContext<GatewayHub> hub, ILogger<GatewayEcho> logger) : IPresenceChangeSink
{
    public const string Method = "presence.update";

    public void Publish(PresenceChange change)
    {
        if (change.Connections.Count == 0) return;
        ThreadPool.UnsafeQueueUserWorkItem(static state => _ = state.Item1.SendAsync(state.Item2), (this, change), preferLocal: false);
    }

    private async Task SendAsync(PresenceChange change)
    {
        try
        {
            // One lookup per session: sending to a list of connection ids makes SignalR's default
            // lifetime manager test every connection of the hub against the list, which at 10k
            // gateway connections was the server's hottest code.
            foreach (var connectionId in change.Connections)
                await hub.Clients.Client(connectionId).SendAsync(Method, change.Full);
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or OperationCanceledException)
        {
            logger.LogDebug(e, "Echo of {UserId}'s presence failed", change.UserId);
        }
    }
}
