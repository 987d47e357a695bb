namespace Gatehouse.Server.Features.Users.Search;

public sealed partial class MemberSearchIndex
{
    /// <summary>
    /// A search sorted by username, without a total: members are read in username order from the cursor, each tested
    /// alone, until the page is full. A term most members contain fills it within a few dozen, where the scan would
    /// visit every match. The walk gives up and returns null after a thirty-second of the members (at least 256), or
    /// earlier, at 256, 512, 1,024… members, when the matches found so far are too sparse to fill the page within that
    /// many: the term is rare or its matches sort later, and the scan's sweep of the text is then the cheaper way.
    /// Blocks of the order whose three-character sequences lack the term's are passed over and not counted: the walk
    /// reaches the members holding the term wherever they sort (the members changed since the last merge, a bounded few,
    /// are then tested without being counted either).
    /// </summary>
    private static List<MemberSearchEntry>? WalkByName(MemberNameOrder names, MemberSearchQuery q, MemberOrder order)
    {
        var (sorted, added, gone) = (names.Sorted, names.Added, names.Gone);
        var budget = Math.Max(256, (sorted.Length + added.Length) / 32);
        var visited = 0;
        var descending = order.Descending;
        var step = descending ? -1 : 1;
        var (i, j) = (Start(sorted, q.After, descending), Start(added, q.After, descending));
        // Where the next changed member falls among the sorted ones: the sorted members before that position (in the
        // order's direction) come first. Found when the member changed, not at each step.
        var next = Boundary(names, j, descending);
        // The blocks of the sorted members that may hold the term (null: a term of one or two characters, no filter).
        var holding = TrigramFilter.Of(q.Needle) is { } trigrams ? names.Blocks.Holding(trigrams) : null;
        var page = new List<MemberSearchEntry>(q.Take);
        while (page.Count < q.Take)
        {
            var inSorted = (uint)i < (uint)sorted.Length;
            var inAdded = (uint)j < (uint)added.Length;
            if (!inSorted && !inAdded) break;
            var fromSorted = inSorted && (!inAdded || (descending ? i >= next : i < next));
            if (fromSorted && holding is not null && !TrigramBlocks.Holds(holding, i))
            {
                // No member of this block holds the term: on to the next block that may, in the walk's direction.
                var block = names.Blocks.Next(holding, i / TrigramBlocks.BlockSize, descending);
                i = descending ? (block + 1) * TrigramBlocks.BlockSize - 1 : block * TrigramBlocks.BlockSize;
                continue;
            }
            // With a term to filter by, members changed since the last merge (at most a sixty-fourth of all, or 512) are
            // tested without being counted: they have no block, and counting them made the walk give up before it
            // reached the blocks holding the term.
            if (fromSorted || holding is null)
            {
                if (++visited > budget) return null;
                // At each power of two from 256: would the density seen so far fill the page within the budget?
                if (visited >= 256 && (visited & (visited - 1)) == 0 && (long)page.Count * budget < (long)q.Take * visited) return null;
            }
            MemberSearchEntry e;
            // A member changed since the last merge is in both lists: its old entry, gone, is skipped.
            if (fromSorted)
            {
                e = sorted[i];
                i += step;
                if (gone.Count > 0 && gone.Contains(e)) continue;
            }
            else
            {
                e = added[j];
                j += step;
                next = Boundary(names, j, descending);
            }
            if (e.SearchText.Contains(q.Needle, StringComparison.Ordinal) && Matches(e, q)) page.Add(e);
        }
        return page;
    }

    /// <summary>
    /// Where the walk starts in a list sorted by username: ascending, the first member after the cursor's username;
    /// descending, the last one before it (−1 when none).
    /// </summary>
    private static int Start(MemberSearchEntry[] sorted, MemberSearchEntry? after, bool descending)
    {
        if (after is null) return descending ? sorted.Length - 1 : 0;
        return descending ? MemberNameOrder.FirstAbove(sorted, after.UsernameNormalized, orEqual: true) - 1 : MemberNameOrder.FirstAbove(sorted, after.UsernameNormalized, orEqual: false);
    }

    /// <summary>
    /// For the changed member <paramref name="j"/>: ascending, the first sorted position not before it (the sorted
    /// members below come first); descending, the first position after it (the sorted members from there come first).
    /// </summary>
    private static int Boundary(MemberNameOrder names, int j, bool descending)
    {
        if ((uint)j >= (uint)names.Added.Length) return 0;
        var at = names.AddedAt[j];
        // Descending, past the sorted member of the same username (the changed member's old entry, when it kept its name).
        return descending && at < names.Sorted.Length && names.Sorted[at].UsernameNormalized == names.Added[j].UsernameNormalized ? at + 1 : at;
    }
}
