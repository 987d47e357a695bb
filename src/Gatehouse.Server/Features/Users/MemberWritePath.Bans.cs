using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Users;

/// <summary>The ban flag, set and lifted by moderation (which records the sanction, its audit entry and its event).</summary>
public sealed partial class MemberWritePath : IMemberStanding
{
    public Task<bool> IsMemberAsync(Guid userId, CancellationToken ct) => db.Users.AnyAsync(u => u.Id == userId && u.DeletedAt == null, ct);

    public async Task<MemberBanState> LoadForSanctionAsync(Guid userId, CurrentActor actor, CancellationToken ct)
    {
        var u = await LoadTarget.ForWriteAsync(db, userId, await RoleDirectory.LoadAsync(db, ct), actor, ct);
        return new MemberBanState(u.Id, u.IsOwner, u.IsBanned, u.BannedUntil);
    }

    public async Task<bool> SetBanAsync(Guid userId, bool banned, DateTime? until, DateTime now, CancellationToken ct)
    {
        var u = await db.Users.FirstAsync(x => x.Id == userId, ct);
        if (banned ? u.IsBanned && u.BannedUntil == until : !u.IsBanned) return false;
        u.IsBanned = banned;
        u.BannedUntil = banned ? until : null;
        u.UpdatedAt = now;
        u.Version++;
        return true;
    }

    public async Task LiftBansAsync(IReadOnlyCollection<Guid> userIds, DateTime now, CancellationToken ct)
    {
        foreach (var u in await db.Users.Where(x => userIds.Contains(x.Id) && x.IsBanned).ToListAsync(ct))
        {
            u.IsBanned = false;
            u.BannedUntil = null;
            u.UpdatedAt = now;
            u.Version++;
        }
    }
}
