using Gatehouse.Server.Features.Roles.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Users;

/// <summary>Members who arrive through single sign-on: created without a password, roles kept in step with the provider's groups.</summary>
public sealed partial class MemberWritePath
{
    public async Task<Guid> CreateSignOnMemberAsync(string username, string displayName, string email, IReadOnlyCollection<Guid> roleIds, CancellationToken ct)
    {
        var roles = await RoleDirectory.LoadAsync(db, ct);
        var name = await FreeUsernameAsync(username, ct);
        var now = Now;
        var u = new User
        {
            Username = name,
            UsernameNormalized = User.NormalizeUsername(name),
            DisplayName = string.IsNullOrWhiteSpace(displayName) ? name : displayName.Trim()[..Math.Min(64, displayName.Trim().Length)],
            Email = email.Trim(),
            EmailNormalized = User.NormalizeEmail(email),
            CreatedAt = now,
            UpdatedAt = now,
            Roles = [.. roleIds.Where(roles.ById.ContainsKey).Distinct().Select(id => new UserRole { RoleId = id, AssignedAt = now })],
        };
        u.RefreshSearchText();
        Create(u, roles);
        return u.Id;
    }

    public async Task<bool> SyncMappedRolesAsync(Guid userId, IReadOnlySet<Guid> managed, IReadOnlySet<Guid> wanted, CancellationToken ct)
    {
        var user = await db.Users.Include(u => u.Roles).FirstAsync(u => u.Id == userId, ct);
        if (user.IsOwner) return false;
        var roles = await RoleDirectory.LoadAsync(db, ct);
        var current = user.Roles.Select(r => r.RoleId).ToHashSet();
        var add = wanted.Where(roles.ById.ContainsKey).Except(current).ToList();
        var drop = current.Where(id => managed.Contains(id) && !wanted.Contains(id)).ToHashSet();
        if (add.Count == 0 && drop.Count == 0) return false;
        var edit = Begin(user, roles);
        user.Roles.RemoveAll(r => drop.Contains(r.RoleId));
        foreach (var id in add) user.Roles.Add(new UserRole { UserId = user.Id, RoleId = id, AssignedAt = Now });
        return await edit.CommitAsync(new MemberCommit("user.roles_changed"), ct);
    }

    /// <summary>The provider's name for the member, cut to the username rules, with a number added until it is free.</summary>
    private async Task<string> FreeUsernameAsync(string wanted, CancellationToken ct)
    {
        var cleaned = new string([.. wanted.Trim().Where(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-')]);
        if (cleaned.Length < 2) cleaned = "member";
        cleaned = cleaned[..Math.Min(cleaned.Length, 26)];
        for (var n = 0; ; n++)
        {
            var candidate = n == 0 ? cleaned : $"{cleaned}{n + 1}";
            var normalized = User.NormalizeUsername(candidate);
            if (!await db.Users.AnyAsync(u => u.UsernameNormalized == normalized, ct)) return candidate;
        }
    }
}
