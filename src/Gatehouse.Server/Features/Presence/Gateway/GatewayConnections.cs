using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;

namespace Gatehouse.Server.Features.Presence.Gateway;

/// <summary>The gateway connections of this node, by connection id: hub calls find their session here.</summary>
public sealed class GatewayConnections
{
    private readonly ConcurrentDictionary<string, (GatewaySession Session, HubCallerContext Context)> _byId = new(StringComparer.Ordinal);

    public int Count => _byId.Count;

    public void Add(GatewaySession session, HubCallerContext context) => _byId[session.ConnectionId] = (session, context);

    public GatewaySession? Remove(string connectionId) => _byId.TryRemove(connectionId, out var entry) ? entry.Session : null;

    public GatewaySession? Find(string connectionId) => _byId.TryGetValue(connectionId, out var entry) ? entry.Session : null;

    /// <summary>Closes every connection of a user whose account may no longer be present (disabled, banned, deleted).</summary>
    public void AbortUser(Guid userId)
    {
        foreach (var (_, entry) in _byId)
            if (entry.Session.UserId == userId) entry.Context.Abort();
    }
}
