using Gatehouse.Server.Features.Presence.Contracts;
using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Moderation.Reports;

/// <summary>
/// Picks who gets a new report: a member holding reports.manage who is online or idle right now
/// (live presence; dnd, invisible and offline are left alone) with the fewest open assigned reports.
/// Nobody available: the report waits unassigned.
/// </summary>
public sealed class ReportAssigner(GatehouseDb db, AccessService access, IMemberPresence presence)
{
    /// <summary>Only a handful of people moderate; looking at more than this many online members is pointless.</summary>
    private const int MaxCandidates = 2000;

    public async Task<Guid?> PickAsync(Guid excluded, CancellationToken ct)
    {
        var available = (await presence.PresentAsync(seeInvisible: true, ct))
            .Where(p => p.Value is UserStatuses.Online or UserStatuses.Idle && p.Key != excluded)
            .Select(p => p.Key).Take(MaxCandidates).ToList();
        if (available.Count == 0) return null;

        var roles = await access.RolesAsync(ct);
        var users = (await MemberAccounts.FindManyAsync(db, available, ct)).Where(u => u.DeletedAt == null && !u.IsDisabled && !u.IsBanned);
        var managers = users.Where(u => AccessService.Compute(u, roles.Grants).Has(Permissions.ReportsManage)).Select(u => u.Id).ToList();
        if (managers.Count == 0) return null;

        var load = await db.Set<Report>().AsNoTracking()
            .Where(r => r.Status == ReportStatuses.Assigned && r.AssigneeId != null && managers.Contains(r.AssigneeId.Value))
            .GroupBy(r => r.AssigneeId!.Value).Select(g => new { Id = g.Key, Count = g.Count() }).ToListAsync(ct);
        return managers.OrderBy(id => load.FirstOrDefault(l => l.Id == id)?.Count ?? 0).ThenBy(id => id).First();
    }
}
