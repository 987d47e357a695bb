using Gatehouse.Server.Features.Presence.Gateway;
using Gatehouse.Server.Features.Presence.Model;
using Gatehouse.Server.Features.Presence.Registry;
using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Infrastructure.Events;

namespace Gatehouse.Server.Features.Presence.Observers;

/// <summary>
/// After a committed change to a member or to roles: observers whose presence.read is gone lose
/// their subscription, see_invisible is re-read, connected members get their new roles (for role
/// filters), and accounts that may no longer be present are disconnected from the gateway.
/// Idempotent: it re-reads the current state, so a repeated event changes nothing more.
/// </summary>
public sealed class PresenceAccessRefresh(
    PresenceFanout fanout, IPresenceRegistry registry, GatewayConnections gateway, IServiceScopeFactory scopes, TimeProvider time) : IDomainEventSubscriber
{
    public string Name => "presence.access_refresh";

    public async ValueTask HandleAsync(DomainEvent evt, CancellationToken ct)
    {
        // A member event touches that member; a role event may touch anyone.
        Guid? userId = evt.AggregateType switch
        {
            AggregateTypes.User when Guid.TryParse(evt.AggregateId, out var id) => id,
            AggregateTypes.Role => null,
            _ => Guid.Empty,
        };
        if (userId == Guid.Empty) return;
        await RefreshAsync(userId, ct);
    }

    private async Task RefreshAsync(Guid? userId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var access = scope.ServiceProvider.GetRequiredService<AccessService>();
        var seeds = scope.ServiceProvider.GetRequiredService<PresenceSeedLoader>();

        var observers = fanout.Observers.Where(o => userId is null || o.ObserverUserId == userId).ToList();
        foreach (var group in observers.GroupBy(o => o.ObserverUserId))
        {
            var observerAccess = await access.ForUserAsync(group.Key, ct);
            var allowed = PresenceAccess.MayObserve(observerAccess, time.GetUtcNow().UtcDateTime);
            var seeInvisible = allowed && observerAccess!.Has(Permissions.PresenceSeeInvisible);
            var namesMembers = allowed && observerAccess!.Has(Permissions.UsersRead);
            foreach (var observer in group)
                if (!allowed) await observer.EndAsync(PresenceObserver.ReasonForbidden);
                else
                {
                    observer.SeeInvisible = seeInvisible;
                    observer.NamesMembers = namesMembers;
                }
        }

        IReadOnlyCollection<Guid> members = userId is { } id
            ? registry.IsTracked(id) ? [id] : []
            : registry.TrackedUsers;
        if (members.Count == 0) return;
        foreach (var (member, (roles, active)) in await seeds.AccessOfAsync(members, ct))
        {
            if (!active) gateway.AbortUser(member);
            else await registry.UpdateRolesAsync(member, roles, ct);
        }
    }
}
