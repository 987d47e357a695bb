using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Features.Auth.Contracts;
using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure;
using Gatehouse.Server.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Users;

/// <summary>
/// Members who come and go: a person who accepts an invite, a member who left and comes back
/// (by signing in or through an invite) and the roles an invite grants.
/// </summary>
public sealed partial class MemberWritePath
{
    private UsersOptions UsersSettings => services.GetRequiredService<IOptions<GatehouseOptions>>().Value.Users;

    public async Task<Guid> CreateInvitedMemberAsync(InvitedMember person, IReadOnlyCollection<Guid> roleIds, string inviteCode, CancellationToken ct)
    {
        var roles = await RoleDirectory.LoadAsync(db, ct);
        if (await UserRules.FindDuplicateAsync(db, person.Username, person.Email, null, ct) is { } field) throw RuleViolation.Duplicate(field);
        var now = Now;
        var u = new User
        {
            Username = person.Username.Trim(),
            UsernameNormalized = User.NormalizeUsername(person.Username),
            DisplayName = string.IsNullOrWhiteSpace(person.DisplayName) ? person.Username.Trim() : person.DisplayName.Trim(),
            Email = person.Email.Trim(),
            EmailNormalized = User.NormalizeEmail(person.Email),
            JoinedViaInvite = inviteCode,
            CreatedAt = now,
            UpdatedAt = now,
            Roles = [.. WithDefaultRole(roles, roleIds).Select(id => new UserRole { RoleId = id, AssignedAt = now })],
        };
        u.RefreshSearchText();
        Create(u, roles);
        services.GetRequiredService<IMemberCredentials>().AddPassword(u.Id, person.PasswordHash);
        return u.Id;
    }

    public async Task<Guid?> FindReturningMemberAsync(string email, string password, CancellationToken ct)
    {
        var normalized = User.NormalizeEmail(email);
        var since = Now - UsersSettings.ReturnWindow;
        var id = await db.Users.AsNoTracking()
            .Where(x => x.EmailNormalized == normalized && x.DeletedAt != null && x.LeftAt != null && x.LeftAt > since)
            .Select(x => (Guid?)x.Id).FirstOrDefaultAsync(ct);
        return id is { } left && await services.GetRequiredService<IMemberCredentials>().PasswordMatchesAsync(left, password, ct) ? left : null;
    }

    public async Task<MemberReturn> ReturnLeftMemberAsync(Guid userId, string via, CancellationToken ct)
    {
        var roles = await RoleDirectory.LoadAsync(db, ct);
        var u = await db.Users.Include(x => x.Roles).FirstOrDefaultAsync(x => x.Id == userId && x.DeletedAt != null && x.LeftAt != null, ct)
            ?? throw new RuleViolation(404, "not-found", Messages.Get("not_found", "user"));
        var restoreRoles = UsersSettings.RestoreRolesOnReturn;
        var previous = u.Roles.Select(r => r.RoleId).Where(roles.ById.ContainsKey).Select(id => roles.ById[id].Name).ToList();
        var edit = Begin(u, roles);
        u.DeletedAt = null;
        u.LeftAt = null;
        if (!restoreRoles)
        {
            // Discord's way (the default): whoever comes back starts as a new member.
            var fresh = WithDefaultRole(roles, []).ToHashSet();
            u.Roles.RemoveAll(r => !fresh.Contains(r.RoleId));
            foreach (var id in fresh.Where(id => u.Roles.All(r => r.RoleId != id))) u.Roles.Add(new UserRole { UserId = u.Id, RoleId = id, AssignedAt = Now });
        }
        var after = UserAuditView.Of(u, roles);
        await edit.CommitAsync(new MemberCommit("user.returned",
            new { via, roles_restored = restoreRoles, previous_roles = previous, changes = AuditDiff.Of(edit.Before, after) },
            new { via, roles_restored = restoreRoles }, Force: true), ct);
        return new MemberReturn(u.Id, restoreRoles);
    }

    public async Task<bool> GrantInviteRolesAsync(Guid userId, IReadOnlyCollection<Guid> roleIds, string inviteCode, CancellationToken ct)
    {
        var roles = await RoleDirectory.LoadAsync(db, ct);
        var u = await db.Users.Include(x => x.Roles).FirstAsync(x => x.Id == userId, ct);
        var add = roleIds.Where(roles.ById.ContainsKey).Where(id => u.Roles.All(r => r.RoleId != id)).Distinct().ToList();
        if (add.Count == 0) return false;
        var edit = Begin(u, roles);
        foreach (var id in add) u.Roles.Add(new UserRole { UserId = u.Id, RoleId = id, AssignedAt = Now });
        var after = UserAuditView.Of(u, roles);
        return await edit.CommitAsync(new MemberCommit("user.roles_changed", new { invite = inviteCode, changes = AuditDiff.Of(edit.Before, after) }), ct);
    }

    /// <summary>The roles given, plus the default new-member role when none of them is it.</summary>
    private static IEnumerable<Guid> WithDefaultRole(RoleDirectory roles, IReadOnlyCollection<Guid> roleIds)
    {
        var ids = roleIds.Where(roles.ById.ContainsKey).ToHashSet();
        if (roles.NewMemberRole is { } member) ids.Add(member.Id);
        return ids;
    }
}
