using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Infrastructure.Events;

namespace Gatehouse.Server.Features.Users;

/// <summary>The payloads of member events (documented in docs/adr/domain-events-outbox.md).</summary>
public static class MemberEventPayloads
{
    public static object RolesChanged(UserAuditView before, UserAuditView after) => new
    {
        added = after.Roles.Except(before.Roles).ToArray(),
        removed = before.Roles.Except(after.Roles).ToArray(),
        roles = after.Roles,
    };

    /// <summary>A change of roles is its own event (access changes with it); any other field change is user.updated.</summary>
    public static void RecordUpdate(IDomainEvents events, User u, UserAuditView before, UserAuditView after, bool passwordChanged)
    {
        var id = u.Id.ToString();
        if (!after.Roles.SequenceEqual(before.Roles))
            events.Record(DomainEventTypes.UserRolesChanged, AggregateTypes.User, id, u.Version, RolesChanged(before, after));
        var others = after with { Roles = before.Roles };
        var diff = AuditDiff.Of(before, others);
        if (diff["after"]!.AsObject().Count > 0 || passwordChanged)
            events.Record(DomainEventTypes.UserUpdated, AggregateTypes.User, id, u.Version, new { changes = diff, password_changed = passwordChanged });
    }
}
