namespace Gatehouse.Server.Features.Users.Search;

/// <summary>A search the copy answers: the needle (lower case, as SearchText) and the filters, with the database's semantics.</summary>
public sealed record MemberSearchQuery(
    string Needle, MemberSearchEntry? After, int Take, bool IncludeDeleted, HashSet<Guid>? Roles, bool? Banned, bool? Disabled,
    string? Tag, string? ExternalId, DateTime? CreatedFrom, DateTime? CreatedUntil, HashSet<Guid>? Ids);

public sealed partial class MemberSearchIndex
{
    /// <summary>
    /// One pass over every member: the matches after the cursor, the first <see cref="MemberSearchQuery.Take"/>
    /// of them in sort order (a bounded heap, not a sort of all matches), and how many match in all.
    /// Its cost is the community's size, whatever the term: ~100k substring tests.
    /// </summary>
    public (List<Guid> Page, long Total) Search(MemberSearchQuery q, MemberOrder order)
    {
        // The heap's root is the worst kept match, so a better one replaces it.
        var heap = new PriorityQueue<MemberSearchEntry, MemberSearchEntry>(q.Take + 1, order.Reversed);
        long total = 0;
        _lock.EnterReadLock();
        try
        {
            foreach (var e in _entries)
            {
                if (!Matches(e, q)) continue;
                total++;
                if (q.After is not null && order.Compare(e, q.After) <= 0) continue;
                if (heap.Count < q.Take) heap.Enqueue(e, e);
                else if (order.Compare(e, heap.Peek()) < 0) heap.DequeueEnqueue(e, e);
            }
        }
        finally
        {
            _lock.ExitReadLock();
        }
        var page = new List<MemberSearchEntry>(heap.Count);
        while (heap.TryDequeue(out var e, out _)) page.Add(e);
        page.Reverse();
        return ([.. page.Select(e => e.Id)], total);
    }

    private static bool Matches(MemberSearchEntry e, MemberSearchQuery q) =>
        (q.IncludeDeleted || e.DeletedAt is null)
        && e.SearchText.Contains(q.Needle, StringComparison.Ordinal)
        && (q.Banned is not { } banned || e.IsBanned == banned)
        && (q.Disabled is not { } disabled || e.IsDisabled == disabled)
        && (q.Roles is null || e.RoleIds.Any(q.Roles.Contains))
        && (q.Tag is null || e.Tags.Contains(q.Tag))
        && (q.ExternalId is null || e.ExternalId == q.ExternalId)
        && (q.CreatedFrom is not { } from || e.CreatedAt >= from)
        && (q.CreatedUntil is not { } until || e.CreatedAt < until)
        && (q.Ids is null || q.Ids.Contains(e.Id));
}
