namespace Gatehouse.Server.Features.Users.Search;

/// <summary>
/// A search the copy answers: the needle (lower case, as SearchText) and the filters, with the database's semantics.
/// <see cref="CountAll"/>: whether the total of matches is wanted (otherwise members that cannot make the page are
/// skipped before their filters are tested).
/// </summary>
public sealed record MemberSearchQuery(
    string Needle, MemberSearchEntry? After, int Take, bool IncludeDeleted, HashSet<Guid>? Roles, bool? Banned, bool? Disabled,
    string? Tag, string? ExternalId, DateTime? CreatedFrom, DateTime? CreatedUntil, HashSet<Guid>? Ids, bool CountAll = true);

public sealed partial class MemberSearchIndex
{
    /// <summary>
    /// For lists sorted by last seen: up to this many matches, the database orders the matching ids; beyond, it
    /// walks its last-seen index testing each row, and finds a page within about limit × members ÷ matches rows.
    /// Near √(limit × members) at 100k members, where both cost about the same. Tests lower it to take the walk.
    /// </summary>
    internal int FewMatches { get; set; } = 2_000;

    /// <summary>
    /// One pass over the current snapshot: the matches after the cursor, the first <see cref="MemberSearchQuery.Take"/>
    /// of them in sort order (a bounded heap, not a sort of all matches), and how many match in all.
    /// The term is found by a vectorised search of each chunk's text (of the chunks whose three-character sequences
    /// hold the term's); only members containing it are looked at.
    /// </summary>
    public (List<MemberSearchEntry> Page, long Total) Search(MemberSearchQuery q, MemberOrder order)
    {
        var snapshot = Volatile.Read(ref _snapshot);
        if (!q.CountAll && order.IsByUsername && WalkByName(snapshot.Names, q, order) is { } walked) return (walked, walked.Count);
        var top = new TopMatches(q, order);
        Scan(snapshot, q.Needle, ref top);
        return (top.Page(), top.Total);
    }

    /// <summary>
    /// The ids of every member matching (in no order), or null as soon as more than <paramref name="most"/> match:
    /// a dense match stops the scan early.
    /// </summary>
    public List<Guid>? Matching(MemberSearchQuery q, int most)
    {
        var found = new FirstMatches(q, most);
        Scan(Volatile.Read(ref _snapshot), q.Needle, ref found);
        return found.Ids.Count > most ? null : found.Ids;
    }

    /// <summary>How many members match.</summary>
    public long Count(MemberSearchQuery q)
    {
        var counted = new CountedMatches(q);
        Scan(Volatile.Read(ref _snapshot), q.Needle, ref counted);
        return counted.Total;
    }

    /// <summary>Per role id, how many members who are not deleted hold it.</summary>
    public Dictionary<Guid, int> CountLiveByRole()
    {
        var counts = new Dictionary<Guid, int>();
        foreach (var chunk in Volatile.Read(ref _snapshot).Chunks)
            foreach (var e in chunk.Entries)
                if (e.DeletedAt is null)
                    foreach (var role in e.RoleIds) counts[role] = counts.GetValueOrDefault(role) + 1;
        return counts;
    }

    private static void Scan<TSink>(MemberSearchSnapshot snapshot, string needle, ref TSink sink) where TSink : struct, IMatchSink
    {
        var chunks = snapshot.Chunks;
        var bySeparator = needle.AsSpan().Contains(MemberSearchSnapshot.Separator);
        // A term with a character that is not ASCII is in no ASCII chunk's text: those chunks are passed over.
        var asciiNeedle = System.Text.Ascii.IsValid(needle) ? System.Text.Encoding.ASCII.GetBytes(needle) : null;
        var trigrams = TrigramFilter.Of(needle);
        var visit = sink.VisitOrder(chunks);
        for (var i = 0; i < chunks.Length; i++)
        {
            var chunk = chunks[visit is null ? i : visit[i]];
            var reach = sink.Reach(chunk);
            if (reach == ChunkReach.NoneFromHere) return;
            if (reach == ChunkReach.None) continue;
            if (trigrams is not null && !TrigramFilter.MayHold(chunk.Trigrams, trigrams)) continue;
            var more = bySeparator ? ScanEach(chunk, needle, ref sink)
                : chunk.Ascii is { } bytes ? asciiNeedle is null || ScanText(chunk, bytes, asciiNeedle, ref sink)
                : ScanText(chunk, chunk.Text!, needle.AsSpan(), ref sink);
            if (!more) return;
        }
    }

    /// <summary>Whether a chunk can hold members the sink wants, judged by its sort keys' range alone.</summary>
    private enum ChunkReach
    {
        Some,
        None,
        /// <summary>Neither this chunk nor any visited after it (the chunks come in the order's best-first).</summary>
        NoneFromHere,
    }

    /// <summary>
    /// Each hit in the chunk's text belongs to the member whose text starts at or before it; the search then
    /// resumes at the next member's text, so a member counts once however often the term occurs in it.
    /// False when the sink wants no more.
    /// </summary>
    private static bool ScanText<TUnit, TSink>(MemberSearchSnapshot.Chunk chunk, TUnit[] text, ReadOnlySpan<TUnit> needle, ref TSink sink)
        where TUnit : IEquatable<TUnit>
        where TSink : struct, IMatchSink
    {
        var starts = chunk.Starts;
        var member = 0;
        var from = 0;
        while (from < text.Length)
        {
            var hit = text.AsSpan(from).IndexOf(needle);
            if (hit < 0) return true;
            var at = from + hit;
            while (starts[member + 1] <= at) member++;
            if (!sink.Consider(chunk, member)) return false;
            from = starts[++member];
        }
        return true;
    }

    /// <summary>A term containing the separator (never typed in practice): one substring test per member, as before.</summary>
    private static bool ScanEach<TSink>(MemberSearchSnapshot.Chunk chunk, string needle, ref TSink sink) where TSink : struct, IMatchSink
    {
        for (var i = 0; i < chunk.Entries.Length; i++)
            if (chunk.Entries[i].SearchText.Contains(needle, StringComparison.Ordinal) && !sink.Consider(chunk, i)) return false;
        return true;
    }

    /// <summary>What a scan hands each member containing the term; false stops the scan.</summary>
    private interface IMatchSink
    {
        bool Consider(MemberSearchSnapshot.Chunk chunk, int member);

        /// <summary>The order to visit the chunks in (indexes), or null for the snapshot's.</summary>
        int[]? VisitOrder(MemberSearchSnapshot.Chunk[] chunks);

        ChunkReach Reach(MemberSearchSnapshot.Chunk chunk);
    }

    private struct CountedMatches(MemberSearchQuery q) : IMatchSink
    {
        public long Total { get; private set; }

        public bool Consider(MemberSearchSnapshot.Chunk chunk, int member)
        {
            if (Matches(chunk.Entries[member], q)) Total++;
            return true;
        }

        public readonly int[]? VisitOrder(MemberSearchSnapshot.Chunk[] chunks) => null;

        public readonly ChunkReach Reach(MemberSearchSnapshot.Chunk chunk) => ChunkReach.Some;
    }

    private readonly struct FirstMatches(MemberSearchQuery q, int most) : IMatchSink
    {
        public List<Guid> Ids { get; } = [];

        public bool Consider(MemberSearchSnapshot.Chunk chunk, int member)
        {
            var e = chunk.Entries[member];
            if (Matches(e, q)) Ids.Add(e.Id);
            return Ids.Count <= most;
        }

        public int[]? VisitOrder(MemberSearchSnapshot.Chunk[] chunks) => null;

        public ChunkReach Reach(MemberSearchSnapshot.Chunk chunk) => ChunkReach.Some;
    }

    /// <summary>The other filters, the count of every match, and the bounded heap of the page.</summary>
    private struct TopMatches(MemberSearchQuery q, MemberOrder order) : IMatchSink
    {
        // The heap's root is the worst kept match, so a better one replaces it.
        private readonly PriorityQueue<MemberSearchEntry, MemberSearchEntry> _heap = new(q.Take + 1, order.Reversed);
        private readonly ulong _afterKey = q.After is null ? 0 : MemberOrder.Key(order.KeyKind, q.After);
        private ulong _worstKey;

        public long Total { get; private set; }

        public bool Consider(MemberSearchSnapshot.Chunk chunk, int member)
        {
            // The sort keys alone tell most members that cannot make the page: those before the cursor and, once the
            // page is full, those after its worst member (by far most of them when nearly all match). Without a total
            // to count, such a member is passed over at once; with one, its filters are still tested to count it.
            var key = chunk.Keys[order.KeyKind][member];
            var outside = (q.After is not null && order.KeyPrecedes(key, _afterKey)) || (_heap.Count == q.Take && order.KeyPrecedes(_worstKey, key));
            if (outside && !q.CountAll) return true;
            var e = chunk.Entries[member];
            if (!Matches(e, q)) return true;
            Total++;
            if (outside) return true;
            if (q.After is not null && order.Compare(e, q.After) <= 0) return true;
            if (_heap.Count < q.Take) _heap.Enqueue(e, e);
            else if (order.Compare(e, _heap.Peek()) < 0) _heap.DequeueEnqueue(e, e);
            else return true;
            _worstKey = MemberOrder.Key(order.KeyKind, _heap.Peek());
            return true;
        }

        /// <summary>
        /// Without a total to count, the chunks whose best member comes first in the order are visited first: once the
        /// page is full, a chunk whose best member comes after the page's worst is passed over with every chunk after it.
        /// Sorted by creation, where members sit in the chunks roughly in creation order, the newest page reads one or
        /// two chunks instead of putting every member through the heap.
        /// </summary>
        public readonly int[]? VisitOrder(MemberSearchSnapshot.Chunk[] chunks)
        {
            if (q.CountAll) return null;
            var firsts = new ulong[chunks.Length];
            var visit = new int[chunks.Length];
            for (var i = 0; i < chunks.Length; i++)
            {
                // Descending, the largest key comes first: its complement sorts it first in ascending order.
                firsts[i] = order.Descending ? ~chunks[i].MaxKeys[order.KeyKind] : chunks[i].MinKeys[order.KeyKind];
                visit[i] = i;
            }
            Array.Sort(firsts, visit);
            return visit;
        }

        public readonly ChunkReach Reach(MemberSearchSnapshot.Chunk chunk)
        {
            if (q.CountAll) return ChunkReach.Some;
            var (min, max) = (chunk.MinKeys[order.KeyKind], chunk.MaxKeys[order.KeyKind]);
            var (first, last) = order.Descending ? (max, min) : (min, max);
            if (_heap.Count == q.Take && order.KeyPrecedes(_worstKey, first)) return ChunkReach.NoneFromHere;
            if (q.After is not null && order.KeyPrecedes(last, _afterKey)) return ChunkReach.None;
            return ChunkReach.Some;
        }

        public readonly List<MemberSearchEntry> Page()
        {
            var page = new MemberSearchEntry[_heap.Count];
            for (var i = page.Length - 1; _heap.TryDequeue(out var e, out _); i--) page[i] = e;
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
