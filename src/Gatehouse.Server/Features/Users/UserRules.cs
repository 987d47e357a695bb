using Gatehouse.Server.Features.Roles;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Users;

/// <summary>Checks shared by the member use cases.</summary>
public static class UserRules
{
    /// <summary>Resolves role references (id or name); unknown ones become field errors.</summary>
    public static List<Role> ResolveRoles(RoleDirectory roles, IEnumerable<string>? references, string field, Validator v)
    {
        var found = new List<Role>();
        foreach (var reference in references ?? [])
        {
            var role = roles.Resolve(reference);
            if (role is null) v.Add(field, Messages.Get("role.unknown", reference));
            else if (!found.Contains(role)) found.Add(role);
        }
        return found;
    }

    public static void ValidateGrants(IEnumerable<string>? grants, string field, Validator v)
    {
        foreach (var g in grants ?? [])
            if (!Permissions.IsValidGrant(g)) v.Add(field, Messages.Get("permission.unknown", g));
    }

    /// <summary>Duplicate username or e-mail (case-insensitive) among other users, deleted ones included.</summary>
    public static async Task<string?> FindDuplicateAsync(GatehouseDb db, string? username, string? email, Guid? except, CancellationToken ct)
    {
        if (username is not null)
        {
            var n = User.NormalizeUsername(username);
            if (await db.Users.AnyAsync(u => u.UsernameNormalized == n && u.Id != except, ct)) return "username";
        }
        if (email is not null)
        {
            var n = User.NormalizeEmail(email);
            if (await db.Users.AnyAsync(u => u.EmailNormalized == n && u.Id != except, ct)) return "email";
        }
        return null;
    }
}
