using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Users.Search;

/// <summary>
/// What the member list filters and sorts on, for one member. Presence and last-seen are not here:
/// they change without events (the presence writer updates them in bulk), so lists using them stay on the database.
/// </summary>
public sealed record MemberSearchEntry(
    Guid Id, string SearchText, string UsernameNormalized, string DisplayName, DateTime CreatedAt, DateTime? DeletedAt,
    bool IsBanned, bool IsDisabled, string[] Tags, Guid[] RoleIds, string? ExternalId)
{
    /// <summary>The entries of these members (all when <paramref name="ids"/> is null), read without tracking.</summary>
    public static async Task<List<MemberSearchEntry>> LoadAsync(GatehouseDb db, IReadOnlyCollection<Guid>? ids, CancellationToken ct)
    {
        // A search's catch-up reloads the few members changed since the last one: the hot read, not an EF query built each time.
        if (ids is not null) return [.. (await MemberReads.FindManyAsync(db, ids, ct)).Values.Select(Of)];
        var rows = await db.Users.AsNoTracking().Select(u => new
        {
            u.Id,
            u.SearchText,
            u.UsernameNormalized,
            u.DisplayName,
            u.CreatedAt,
            u.DeletedAt,
            u.IsBanned,
            u.IsDisabled,
            u.Tags,
            u.ExternalId,
        }).ToListAsync(ct);
        // Roles in a second flat query: a correlated collection would make EF order and join 100k rows.
        var roles = (await db.Set<UserRole>().AsNoTracking().Select(r => new { r.UserId, r.RoleId }).ToListAsync(ct))
            .GroupBy(r => r.UserId).ToDictionary(g => g.Key, g => g.Select(r => r.RoleId).ToArray());
        return [.. rows.Select(u => new MemberSearchEntry(u.Id, u.SearchText, u.UsernameNormalized, u.DisplayName, u.CreatedAt, u.DeletedAt,
            u.IsBanned, u.IsDisabled, [.. u.Tags], roles.GetValueOrDefault(u.Id, []), u.ExternalId))];
    }

    private static MemberSearchEntry Of(User u) => new(u.Id, u.SearchText, u.UsernameNormalized, u.DisplayName, u.CreatedAt, u.DeletedAt,
        u.IsBanned, u.IsDisabled, [.. u.Tags], [.. u.Roles.Select(r => r.RoleId)], u.ExternalId);
}
