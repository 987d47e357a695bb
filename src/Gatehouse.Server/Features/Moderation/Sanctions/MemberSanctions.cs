using Gatehouse.Server.Features.Moderation.Contracts;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Moderation.Sanctions;

public sealed class MemberSanctions(GatehouseDb db, TimeProvider time, MutedMembers muted) : IMemberSanctions
{
    /// <summary>Asked on every status message and activity a member sets: from this node's copy when it is current.</summary>
    public Task<ActiveSanction?> ActiveMuteAsync(Guid userId, CancellationToken ct) =>
        muted.TryFind(userId, time.GetUtcNow().UtcDateTime, out var mute) ? Task.FromResult(mute) : ActiveAsync(userId, SanctionKinds.Mute, ct);

    public Task<ActiveSanction?> ActiveBanAsync(Guid userId, CancellationToken ct) => ActiveAsync(userId, SanctionKinds.Ban, ct);

    public async Task<IReadOnlyDictionary<Guid, int>> CountSinceAsync(DateTime since, IReadOnlyCollection<Guid>? only, CancellationToken ct)
    {
        var query = db.Set<Sanction>().AsNoTracking().Where(s => s.CreatedAt >= since);
        if (only is not null) query = query.Where(s => only.Contains(s.UserId));
        return await query.GroupBy(s => s.UserId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
    }

    private async Task<ActiveSanction?> ActiveAsync(Guid userId, string kind, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return await db.Set<Sanction>().AsNoTracking()
            .Where(s => s.UserId == userId && s.Kind == kind && s.EndedAt == null && (s.ExpiresAt == null || s.ExpiresAt > now))
            .OrderByDescending(s => s.CreatedAt)
            .Select(s => new ActiveSanction(s.Kind, s.Reason, s.ExpiresAt, s.Id))
            .FirstOrDefaultAsync(ct);
    }
}
