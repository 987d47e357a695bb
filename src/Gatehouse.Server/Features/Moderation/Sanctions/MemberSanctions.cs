using Gatehouse.Server.Features.Moderation.Contracts;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Moderation.Sanctions;

/// <remarks>
/// The database comes from <paramref name="scope"/> (the caller's, so the same context) when a question needs it:
/// the mute check of every status message a gateway sets is answered from memory, and would otherwise rent a
/// database context for nothing.
/// </remarks>
public sealed class MemberSanctions(IServiceProvider scope, TimeProvider time, MutedMembers muted) : IMemberSanctions
{
    private GatehouseDb Db => scope.GetRequiredService<GatehouseDb>();

    /// <summary>Asked on every status message and activity a member sets: from this node's copy when it is current.</summary>
    public Task<ActiveSanction?> ActiveMuteAsync(Guid userId, CancellationToken ct) =>
        muted.TryFind(userId, time.GetUtcNow().UtcDateTime, out var mute) ? Task.FromResult(mute) : ActiveAsync(userId, SanctionKinds.Mute, ct);

    public Task<ActiveSanction?> ActiveBanAsync(Guid userId, CancellationToken ct) => ActiveAsync(userId, SanctionKinds.Ban, ct);

    public async Task<IReadOnlyDictionary<Guid, int>> CountSinceAsync(DateTime since, IReadOnlyCollection<Guid>? only, CancellationToken ct)
    {
        var query = Db.Set<Sanction>().AsNoTracking().Where(s => s.CreatedAt >= since);
        if (only is not null) query = query.Where(s => only.Contains(s.UserId));
        return await query.GroupBy(s => s.UserId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
    }

    private async Task<ActiveSanction?> ActiveAsync(Guid userId, string kind, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return await Db.Set<Sanction>().AsNoTracking()
            .Where(s => s.UserId == userId && s.Kind == kind && s.EndedAt == null && (s.ExpiresAt == null || s.ExpiresAt > now))
            .OrderByDescending(s => s.CreatedAt)
            .Select(s => new ActiveSanction(s.Kind, s.Reason, s.ExpiresAt, s.Id))
            .FirstOrDefaultAsync(ct);
    }
}
