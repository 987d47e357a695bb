using System.Runtime.CompilerServices;
using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Users;

/// <summary>The members a <see cref="MemberFilter"/> selects, read in pages by keyset so the database never holds a long cursor open.</summary>
public sealed class MemberDirectory(GatehouseDb db, AccessService access) : IMemberDirectory
{
    private const int PageSize = 1000;

    public async Task<bool> RoleExistsAsync(string reference, CancellationToken ct) => (await access.RolesAsync(ct)).Resolve(reference) is not null;

    public async IAsyncEnumerable<MemberSummary> ListAsync(MemberFilter filter, [EnumeratorCancellation] CancellationToken ct)
    {
        var roles = await access.RolesAsync(ct);
        var users = db.Set<User>().AsNoTracking().Where(u => u.DeletedAt == null);
        if (filter.Role is not null)
        {
            if (roles.Resolve(filter.Role) is not { } role) yield break;
            users = users.Where(u => u.Roles.Any(r => r.RoleId == role.Id));
        }
        if (!string.IsNullOrWhiteSpace(filter.Tag)) users = users.Where(u => u.Tags.Contains(filter.Tag));
        users = filter.State switch
        {
            "banned" => users.Where(u => u.IsBanned),
            "disabled" => users.Where(u => u.IsDisabled),
            "active" => users.Where(u => !u.IsBanned && !u.IsDisabled),
            _ => users,
        };
        if (filter.JoinedAfter is { } after) users = users.Where(u => u.CreatedAt >= after);
        if (filter.JoinedBefore is { } before) users = users.Where(u => u.CreatedAt < before);

        var last = "";
        while (true)
        {
            var from = last;
            var page = await users.Where(u => string.Compare(u.UsernameNormalized, from) > 0).OrderBy(u => u.UsernameNormalized)
                .Include(u => u.Roles).Take(PageSize).ToListAsync(ct);
            foreach (var u in page)
                yield return new MemberSummary(u.Id, u.Username, u.DisplayName, u.Email,
                    [.. u.Roles.Select(r => roles.ById.TryGetValue(r.RoleId, out var role) ? role.Name : r.RoleId.ToString())], u.Tags,
                    u.IsBanned ? "banned" : u.IsDisabled ? "disabled" : "active", u.CreatedAt, u.LastSeenAt);
            if (page.Count < PageSize) yield break;
            last = page[^1].UsernameNormalized;
        }
    }
}
