using Gatehouse.Server.Features.Presence.Cluster;
using Gatehouse.Server.Features.Presence.Contracts;
using Gatehouse.Server.Features.Presence.Gateway;
using Gatehouse.Server.Features.Presence.Model;
using Gatehouse.Server.Features.Presence.Registry;
using Gatehouse.Server.Features.Users.Contracts;
using Microsoft.AspNetCore.SignalR;

namespace Gatehouse.Server.Features.Presence;

/// <summary>The presence contract, answered from the registry.</summary>
public sealed class MemberPresence(IPresenceRegistry registry) : IMemberPresence
{
    public IReadOnlyList<string> ChoosableStatuses => ChosenStatuses.Names;

    public async Task<string> StatusOfAsync(Guid userId, bool seeInvisible, CancellationToken ct) =>
        (await registry.GetAsync(userId, ct))?.View(seeInvisible).Status ?? UserStatuses.Offline;

    public async Task<IReadOnlyDictionary<Guid, string>> PresentAsync(bool seeInvisible, CancellationToken ct) =>
        (await registry.SnapshotAsync(ct))
            .Select(r => (r.UserId, r.View(seeInvisible).Status))
            .Where(x => x.Status != UserStatuses.Offline)
            .ToDictionary(x => x.UserId, x => x.Status);

    public async Task ApplyChosenStatusAsync(Guid userId, string status, string? message, DateTime? expiresAt, CancellationToken ct) =>
        await registry.SetStatusAsync(userId, ChosenStatuses.FromColumn(status), message, expiresAt, ct);
}

/// <summary>The gateway contract, on the gateway hub.</summary>
public sealed class MemberGateway(IHubContext<GatewayHub> gateway, GatewayConnections connections, PresenceClusterLink? cluster = null) : IMemberGateway
{
    public Task NotifyAsync(Guid userId, string eventName, object payload, CancellationToken ct) =>
        gateway.Clients.User(userId.ToString()).SendAsync(eventName, payload, ct);

    public void Disconnect(Guid userId)
    {
        connections.AbortUser(userId);
        // In a cluster the member may hold sessions on other nodes too.
        if (cluster is not null) _ = cluster.DisconnectEverywhereAsync(userId);
    }
}
