using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure.Events;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Users;

/// <summary>
/// The one way a member changes. <see cref="Begin"/> remembers the state before; the caller edits
/// the entity; <see cref="MemberEdit.CommitAsync"/> then decides by value whether anything changed.
/// A no-op writes nothing (same version and ETag, no audit entry, no event). A change bumps the
/// version, records the audit entry and the domain event in the caller's transaction, and runs the
/// last-administrator rule only when this member held administrator and would no longer.
/// </summary>
public sealed partial class MemberWritePath(GatehouseDb db, IAuditLog audit, IDomainEvents events, TimeProvider time, IServiceProvider services) : IMemberWrites, IMemberReturns
{
    public Task<int> CountRoleHoldersAsync(Guid roleId, CancellationToken ct) =>
        db.Users.CountAsync(u => u.Roles.Any(r => r.RoleId == roleId), ct);

    public async Task<int> MoveRoleHoldersAsync(Guid fromRoleId, Guid? toRoleId, CancellationToken ct)
    {
        var roles = await RoleDirectory.LoadAsync(db, ct);
        var holders = await db.Users.Include(u => u.Roles).Where(u => u.Roles.Any(r => r.RoleId == fromRoleId)).ToListAsync(ct);
        var moved = 0;
        foreach (var u in holders)
        {
            var edit = Begin(u, roles);
            u.Roles.RemoveAll(r => r.RoleId == fromRoleId);
            if (toRoleId is { } to && u.Roles.All(r => r.RoleId != to))
                u.Roles.Add(new UserRole { UserId = u.Id, RoleId = to, AssignedAt = Now });
            if (await edit.CommitAsync(new MemberCommit("user.roles_changed", GuardAdministrators: false), ct)) moved++;
        }
        return moved;
    }

    public async Task<bool> ChangeEmailAsync(Guid userId, string email, CancellationToken ct)
    {
        var roles = await RoleDirectory.LoadAsync(db, ct);
        var u = await db.Users.Include(x => x.Roles).FirstAsync(x => x.Id == userId, ct);
        if (await UserRules.FindDuplicateAsync(db, null, email, u.Id, ct) is { } field) throw Infrastructure.Errors.RuleViolation.Duplicate(field);
        var edit = Begin(u, roles);
        u.Email = email.Trim();
        u.EmailNormalized = User.NormalizeEmail(email);
        return await edit.CommitAsync(new MemberCommit("user.updated"), ct);
    }

    public async Task<MemberStatusWrite> SetChosenStatusAsync(Guid userId, string status, string? message, DateTime? expiresAt, CurrentActor actor, CancellationToken ct)
    {
        var roles = await RoleDirectory.LoadAsync(db, ct);
        var u = await LoadTarget.ForWriteAsync(db, userId, roles, actor, ct);
        var before = new { status = u.Status, status_message = u.StatusMessage, expires_at = u.StatusExpiresAt };
        var expiryChanged = u.StatusExpiresAt != expiresAt; // not part of the audit view
        var edit = Begin(u, roles);
        u.Status = status;
        u.StatusMessage = message;
        u.StatusExpiresAt = expiresAt;
        var after = new { status, status_message = message, expires_at = expiresAt };
        var changed = await edit.CommitAsync(
            new MemberCommit("user.status_set", AuditPayload: new { before, after }, Force: expiryChanged, GuardAdministrators: false, RecordEvent: false), ct);
        return new MemberStatusWrite(changed, u.LastSeenAt, [.. u.Roles.Select(r => r.RoleId)]);
    }

    public MemberEdit Begin(User user, RoleDirectory roles) =>
        new(this, user, roles, UserAuditView.Of(user, roles), AdministratorGuard.Holds(user.ToAccount(), roles, Now));

    /// <summary>A new member joins the unit of work, with its audit entry and event.</summary>
    public void Create(User user, RoleDirectory roles)
    {
        db.Insert(user);
        var view = UserAuditView.Of(user, roles);
        audit.Record(new AuditRecord("user.created", "user", user.Id.ToString(), new { after = view }));
        events.Record(DomainEventTypes.UserCreated, AggregateTypes.User, user.Id.ToString(), user.Version, new { user = view });
    }

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    internal async Task<bool> CommitAsync(MemberEdit edit, MemberCommit how, CancellationToken ct)
    {
        var u = edit.User;
        var after = UserAuditView.Of(u, edit.Roles);
        if (after == edit.Before && !how.Force) return false;

        u.UpdatedAt = Now;
        u.Version++;
        u.RefreshSearchText();
        var id = u.Id.ToString();
        audit.Record(new AuditRecord(how.Action, "user", id, how.AuditPayload ?? AuditDiff.Of(edit.Before, after)));
        switch (how.RecordEvent ? how.Action : null)
        {
            case null:
                break;
            case "user.updated":
                MemberEventPayloads.RecordUpdate(events, u, edit.Before, after, how.Force);
                break;
            case "user.roles_changed":
                events.Record(DomainEventTypes.UserRolesChanged, AggregateTypes.User, id, u.Version, MemberEventPayloads.RolesChanged(edit.Before, after));
                break;
            default:
                events.Record(how.Action, AggregateTypes.User, id, u.Version, how.EventPayload ?? new { });
                break;
        }

        var holdsAfter = !how.Removed && AdministratorGuard.Holds(u.ToAccount(), edit.Roles, Now);
        if (how.GuardAdministrators && edit.HeldAdministrator && !holdsAfter)
            await AdministratorGuard.EnsureAnotherHolderAsync(db, u.Id, Now, ct);
        return true;
    }
}

/// <summary>A member being changed: the entity, the directory of roles and the state before.</summary>
public sealed class MemberEdit(MemberWritePath path, User user, RoleDirectory roles, UserAuditView before, bool heldAdministrator)
{
    public User User { get; } = user;
    public RoleDirectory Roles { get; } = roles;
    public UserAuditView Before { get; } = before;
    public bool HeldAdministrator { get; } = heldAdministrator;

    /// <returns>False when nothing changed (nothing was written).</returns>
    public Task<bool> CommitAsync(MemberCommit how, CancellationToken ct) => path.CommitAsync(this, how, ct);
}

/// <param name="Action">Audit action and event type: <c>user.updated</c>, <c>user.roles_changed</c>, <c>user.disabled</c>, …</param>
/// <param name="AuditPayload">Instead of the before/after diff.</param>
/// <param name="Force">A change the audit view cannot see (a new password, a hard delete).</param>
/// <param name="Removed">The row is being deleted: the member holds nothing afterwards.</param>
/// <param name="GuardAdministrators">Off when the caller checks the rule once for a whole batch (moving a role's holders).</param>
/// <param name="RecordEvent">Off when another feature owns the event (a chosen status is a presence event).</param>
public sealed record MemberCommit(
    string Action, object? AuditPayload = null, object? EventPayload = null, bool Force = false, bool Removed = false,
    bool GuardAdministrators = true, bool RecordEvent = true);
