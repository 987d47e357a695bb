using System.Runtime.CompilerServices;
using Gatehouse.Server.Features.Moderation.Contracts;
using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Moderation.Sanctions;

/// <summary>Sanctions of a period with the names of who was sanctioned and by whom, in pages by (time, id).</summary>
public sealed class ModerationLog(GatehouseDb db, IMemberNames members) : IModerationLog
{
    private const int PageSize = 1000;

    public async IAsyncEnumerable<ModerationLogEntry> ReadAsync(DateTime from, DateTime to, IReadOnlyCollection<string>? kinds,
        [EnumeratorCancellation] CancellationToken ct)
    {
        var sanctions = db.Set<Sanction>().AsNoTracking().Where(s => s.CreatedAt >= from && s.CreatedAt < to);
        if (kinds is { Count: > 0 }) sanctions = sanctions.Where(s => kinds.Contains(s.Kind));
        var skip = 0;
        while (true)
        {
            var page = await sanctions.OrderBy(s => s.CreatedAt).ThenBy(s => s.Id).Skip(skip).Take(PageSize).ToListAsync(ct);
            var ids = page.Select(s => s.UserId).Concat(page.Where(s => s.ModeratorId != null).Select(s => s.ModeratorId!.Value)).Distinct().ToList();
            var names = await members.UsernamesAsync(ids, ct);
            foreach (var s in page)
                yield return new ModerationLogEntry(s.Id, s.CreatedAt, s.Kind, names.GetValueOrDefault(s.UserId) ?? s.UserId.ToString(),
                    s.ModeratorId is { } m ? names.GetValueOrDefault(m) ?? m.ToString() : null, s.Reason, s.ExpiresAt, s.EndReason);
            if (page.Count < PageSize) yield break;
            skip += PageSize;
        }
    }
}
