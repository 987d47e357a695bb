using Gatehouse.Server.Features.Invites.Contracts;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Invites;

/// <summary>Answers <see cref="IMemberInvites"/> from the recorded uses of invites.</summary>
public sealed class MemberInvites(GatehouseDb db) : IMemberInvites
{
    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<string>>> CodesUsedAsync(IReadOnlyCollection<Guid>? only, CancellationToken ct)
    {
        var uses = db.InviteUses.AsNoTracking();
        if (only is not null) uses = uses.Where(u => only.Contains(u.UserId));
        var rows = await uses.Join(db.Invites.AsNoTracking(), u => u.InviteId, i => i.Id, (u, i) => new { u.UserId, i.Code }).ToListAsync(ct);
        return rows.GroupBy(r => r.UserId).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(r => r.Code).Distinct()]);
    }
}
