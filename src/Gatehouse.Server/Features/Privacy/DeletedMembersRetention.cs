using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Features.Privacy.Contracts;
using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Privacy;

/// <summary>
/// Members who left or were deleted can come back within the retention period; after it, they are
/// erased like on request (by the same use case), so a soft-deleted profile does not linger for ever.
/// </summary>
public sealed class DeletedMembersRetention(IMemberIdentities members, IEnumerable<IPersonalDataSource> sources, GatehouseDb db,
    IAuditLog audit, TimeProvider time) : IRetentionRule
{
    private const int Batch = 100;

    public string Category => "deleted_members";

    public TimeSpan DefaultPeriod => TimeSpan.FromDays(30);

    public async Task<int> PruneAsync(DateTime cutoff, CancellationToken ct)
    {
        var erased = 0;
        foreach (var id in await members.DeletedBeforeAsync(cutoff, Batch * 10, ct))
        {
            if (await db.Set<ErasureRecord>().AnyAsync(e => e.UserId == id, ct)) continue;
            await ErasePerson.EraseAsync(id, "retention", members, sources, db, audit, time, ct);
            db.ChangeTracker.Clear();
            if (++erased == Batch) break;
        }
        return erased;
    }
}
