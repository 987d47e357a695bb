using Gatehouse.Server.Features.Moderation.Contracts;
using Gatehouse.Server.Features.Presence.Model;
using Gatehouse.Server.Features.Presence.Registry;
using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Events;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gatehouse.Server.Features.Presence;

/// <summary>
/// <c>POST /api/v1/users/{id}/status</c>: sets a member's chosen status. Anyone for themselves;
/// for someone else it takes users.update and the hierarchy. Audited, written at once (not batched),
/// and live on every observer if the member is connected.
/// </summary>
public static class SetUserStatus
{
    /// <param name="Status">One of <c>online idle dnd invisible</c>.</param>
    /// <param name="StatusMessage">Custom status text (at most 128 characters); absent or blank clears it.</param>
    /// <param name="ExpiresAt">When the status and message reset to online with no message.</param>
    public sealed record Request(string Status, string? StatusMessage = null, DateTimeOffset? ExpiresAt = null);

    public static async Task<Results<Ok<PresenceUpdate>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid id, Request request, GatehouseDb db, CurrentActor actor, IPresenceRegistry registry, PresenceVersionClock clock,
        IMemberWrites members, IDomainEvents events, IMemberSanctions sanctions, TimeProvider time, CancellationToken ct)
    {
        if (id != actor.UserId && !actor.Has(Permissions.UsersUpdate))
            return Problems.Forbidden("forbidden", Messages.Get("forbidden", Permissions.UsersUpdate));
        var v = new Validator();
        var (status, message, expiresAt) = PresenceRules.CheckStatus(request.Status, request.StatusMessage, request.ExpiresAt, time.GetUtcNow().UtcDateTime, v);
        if (!v.IsValid) return Problems.Validation(v.Errors);
        if (message is not null && id == actor.UserId && await sanctions.ActiveMuteAsync(id, ct) is { } mute)
            return Problems.Forbidden("muted", mute.Describe());

        var (live, lastSeen, userRoles) = await db.WriteAsync(async c =>
        {
            // The row changes through the member write path (hierarchy, version, audit entry).
            var write = await members.SetChosenStatusAsync(id, status.Name(), message, expiresAt, actor, c);
            // Applied inside the transaction: if the commit fails the batch writer still stores
            // the registry's state, so the row and the live presence end up equal either way.
            var applied = await registry.SetStatusAsync(id, status, message, expiresAt, c);
            if (write.Changed)
                events.Record(DomainEventTypes.StatusChanged, AggregateTypes.Presence, id.ToString(), applied?.Version ?? clock.Floor,
                    new { status = status.Name(), status_message = message, expires_at = expiresAt });
            return (applied, write.LastSeenAt, write.RoleIds);
        }, ct);

        var see = actor.Has(Permissions.PresenceSeeInvisible) || id == actor.UserId;
        var view = live is null
            ? PresenceUpdate.Offline(id, userRoles, lastSeen, clock.Floor)
            : see ? live : (await registry.GetAsync(id, ct))?.Public ?? PresenceAggregation.Public(live, lastSeen);
        return TypedResults.Ok(view);
    }
}
