using System.Collections.Concurrent;
using Gatehouse.Server.Features.Analytics.Storage;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Analytics.Ingest;

/// <summary>Members' recorded consent, read once from the database and then kept in memory (ingest asks on every batch).</summary>
public sealed class ConsentBook
{
    private readonly ConcurrentDictionary<Guid, bool?> _known = new();

    /// <summary>The member's answer: true, false (withdrawn), or null when never asked.</summary>
    public async ValueTask<bool?> AnswerAsync(Guid userId, GatehouseDb db, CancellationToken ct)
    {
        if (_known.TryGetValue(userId, out var answer)) return answer;
        answer = await db.Set<AnalyticsConsent>().AsNoTracking().Where(c => c.UserId == userId).Select(c => (bool?)c.Granted).FirstOrDefaultAsync(ct);
        _known[userId] = answer;
        return answer;
    }

    /// <summary>
    /// Whether events of this member may be recorded: a withdrawal stops them even where the site does not
    /// require consent; without an answer, only a site that requires consent refuses them.
    /// </summary>
    public async ValueTask<bool> AllowsAsync(Guid userId, bool required, GatehouseDb db, CancellationToken ct) =>
        await AnswerAsync(userId, db, ct) is { } answer ? answer : !required;

    public void Remember(Guid userId, bool granted) => _known[userId] = granted;

    /// <summary>An erased member: they withdrew by leaving; nothing of theirs is recorded again.</summary>
    public void Forget(Guid userId) => _known[userId] = false;
}
