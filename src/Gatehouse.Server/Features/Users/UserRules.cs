using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Users;

/// <summary>Checks shared by the member use cases.</summary>
public static class UserRules
{
    /// <summary>Resolves role references (id or name); unknown ones become field errors.</summary>
    public static List<RoleGrant> ResolveRoles(RoleDirectory roles, IEnumerable<string>? references, string field, Validator v)
    {
        var found = new List<RoleGrant>();
        foreach (var reference in references ?? [])
        {
            var role = roles.Resolve(reference);
            if (role is null) v.Add(field, Messages.Get("role.unknown", reference));
            else if (!found.Contains(role)) found.Add(role);
        }
        return found;
    }

    /// <summary>Replaces the member's roles; every role added or removed must pass the hierarchy.</summary>
    public static void ChangeRoles(User u, IEnumerable<Guid> wantedIds, RoleDirectory roles, CurrentActor actor, DateTime now)
    {
        var wanted = wantedIds.ToHashSet();
        var current = u.Roles.Select(r => r.RoleId).ToHashSet();
        if (wanted.SetEquals(current)) return;
        if (u.IsOwner && !actor.IsOwner) throw Hierarchy.Denied(Messages.Get("owner.protected"));
        foreach (var changed in wanted.Except(current).Concat(current.Except(wanted)))
            if (Hierarchy.CanAssign(actor, roles.ById[changed]) is { } reason) throw Hierarchy.Denied(reason);
        u.Roles.RemoveAll(r => !wanted.Contains(r.RoleId));
        foreach (var add in wanted.Except(current)) u.Roles.Add(new UserRole { UserId = u.Id, RoleId = add, AssignedAt = now });
    }

    public static void ValidateGrants(IEnumerable<string>? grants, string field, Validator v)
    {
        foreach (var g in grants ?? [])
            if (!Permissions.IsValidGrant(g)) v.Add(field, Messages.Get("permission.unknown", g));
    }

    /// <summary>
    /// Duplicate username or e-mail (case-insensitive) among other users, deleted ones included. Both in one query (each
    /// column is unique, so two rows at most): creating a member asks the database once, not twice.
    /// </summary>
    public static async Task<string?> FindDuplicateAsync(GatehouseDb db, string? username, string? email, Guid? except, CancellationToken ct)
    {
        // A value not given is not compared at all (members without an e-mail must not match one another).
        var others = db.Users.AsNoTracking().Where(u => u.Id != except);
        var name = username is null ? null : User.NormalizeUsername(username);
        var mail = email is null ? null : User.NormalizeEmail(email);
        if (mail is null) return name is not null && await others.AnyAsync(u => u.UsernameNormalized == name, ct) ? "username" : null;
        if (name is null) return await others.AnyAsync(u => u.EmailNormalized == mail, ct) ? "email" : null;
        var sameName = await others.Where(u => u.UsernameNormalized == name || u.EmailNormalized == mail)
            .Select(u => u.UsernameNormalized == name).Take(2).ToListAsync(ct);
        return sameName.Contains(true) ? "username" : sameName.Count > 0 ? "email" : null;
    }
}
