namespace Gatehouse.Server.Features.Users.Search;

/// <summary>A search the copy answers: the needle (lower case, as SearchText) and the filters, with the database's semantics.</summary>
public sealed record MemberSearchQuery(
    string Needle, MemberSearchEntry? After, int Take, bool IncludeDeleted, HashSet<Guid>? Roles, bool? Banned, bool? Disabled,
    string? Tag, string? ExternalId, DateTime? CreatedFrom, DateTime? CreatedUntil, HashSet<Guid>? Ids);

public sealed partial class MemberSearchIndex
{
    /// <summary>
    /// One pass over the current snapshot: the matches after the cursor, the first <see cref="MemberSearchQuery.Take"/>
    /// of them in sort order (a bounded heap, not a sort of all matches), and how many match in all.
    /// The term is found by a vectorised search of each chunk's text; only members containing it are looked at.
    /// </summary>
    public (List<Guid> Page, long Total) Search(MemberSearchQuery q, MemberOrder order)
    {
        var snapshot = Volatile.Read(ref _snapshot);
        var top = new TopMatches(q, order);
        var needle = q.Needle.AsSpan();
        var bySeparator = needle.Contains(MemberSearchSnapshot.Separator);
        foreach (var chunk in snapshot.Chunks)
        {
            if (bySeparator) ScanEach(chunk, q.Needle, ref top);
            else ScanText(chunk, needle, ref top);
        }
        return (top.Page(), top.Total);
    }

    /// <summary>
    /// Each hit in the chunk's text belongs to the member whose text starts at or before it; the search then
    /// resumes at the next member's text, so a member counts once however often the term occurs in it.
    /// </summary>
    private static void ScanText(MemberSearchSnapshot.Chunk chunk, ReadOnlySpan<char> needle, ref TopMatches top)
    {
        var text = chunk.Text;
        var starts = chunk.Starts;
        var member = 0;
        var from = 0;
        while (from < text.Length)
        {
            var hit = text.AsSpan(from).IndexOf(needle);
            if (hit < 0) return;
            var at = from + hit;
            while (starts[member + 1] <= at) member++;
            top.Consider(chunk.Entries[member]);
            from = starts[++member];
        }
    }

    /// <summary>A term containing the separator (never typed in practice): one substring test per member, as before.</summary>
    private static void ScanEach(MemberSearchSnapshot.Chunk chunk, string needle, ref TopMatches top)
    {
        foreach (var e in chunk.Entries)
            if (e.SearchText.Contains(needle, StringComparison.Ordinal)) top.Consider(e);
    }

    /// <summary>The other filters, the count of every match, and the bounded heap of the page.</summary>
    private struct TopMatches(MemberSearchQuery q, MemberOrder order)
    {
        // The heap's root is the worst kept match, so a better one replaces it.
        private readonly PriorityQueue<MemberSearchEntry, MemberSearchEntry> _heap = new(q.Take + 1, order.Reversed);

        public long Total { get; private set; }

        public void Consider(MemberSearchEntry e)
        {
            if (!Matches(e, q)) return;
            Total++;
            if (q.After is not null && order.Compare(e, q.After) <= 0) return;
            if (_heap.Count < q.Take) _heap.Enqueue(e, e);
            else if (order.Compare(e, _heap.Peek()) < 0) _heap.DequeueEnqueue(e, e);
        }

        public readonly List<Guid> Page()
        {
            var page = new Guid[_heap.Count];
            for (var i = page.Length - 1; _heap.TryDequeue(out var e, out _); i--) page[i] = e.Id;
            return [.. page];
        }
    }

    private static bool Matches(MemberSearchEntry e, MemberSearchQuery q) =>
        (q.IncludeDeleted || e.DeletedAt is null)
        && (q.Banned is not { } banned || e.IsBanned == banned)
        && (q.Disabled is not { } disabled || e.IsDisabled == disabled)
        && (q.Roles is null || e.RoleIds.Any(q.Roles.Contains))
        && (q.Tag is null || e.Tags.Contains(q.Tag))
        && (q.ExternalId is null || e.ExternalId == q.ExternalId)
        && (q.CreatedFrom is not { } from || e.CreatedAt >= from)
        && (q.CreatedUntil is not { } until || e.CreatedAt < until)
        && (q.Ids is null || q.Ids.Contains(e.Id));
}
