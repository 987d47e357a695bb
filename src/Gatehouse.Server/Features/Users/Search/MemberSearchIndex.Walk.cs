namespace Gatehouse.Server.Features.Users.Search;

public sealed partial class MemberSearchIndex
{
    /// <summary>
    /// A search sorted by username, without a total: members are read in username order from the cursor, each tested
    /// alone, until the page is full. A term most members contain fills it within a few dozen, where the scan would
    /// visit every match. The walk gives up and returns null after a thirty-second of the members (at least 256), or
    /// earlier, at 256, 512, 1,024… members, when the matches found so far are too sparse to fill the page within that
    /// many: the term is rare or its matches sort later, and the scan's sweep of the text is then the cheaper way.
    /// </summary>
    private static List<Guid>? WalkByName(MemberNameOrder names, MemberSearchQuery q, MemberOrder order)
    {
        var (sorted, added, gone) = (names.Sorted, names.Added, names.Gone);
        var budget = Math.Max(256, (sorted.Length + added.Length) / 32);
        var visited = 0;
        var descending = order.Descending;
        var step = descending ? -1 : 1;
        var (i, j) = (Start(sorted, q.After, descending), Start(added, q.After, descending));
        // Where the next changed member falls among the sorted ones: the sorted members before that position (in the
        // order's direction) come first. One binary search per changed member instead of a comparison per step.
        var next = Boundary(sorted, added, j, descending);
        var page = new List<Guid>(q.Take);
        while (page.Count < q.Take)
        {
            var inSorted = (uint)i < (uint)sorted.Length;
            var inAdded = (uint)j < (uint)added.Length;
            if (!inSorted && !inAdded) break;
            if (++visited > budget) return null;
            // At each power of two from 256: would the density seen so far fill the page within the budget?
            if (visited >= 256 && (visited & (visited - 1)) == 0 && (long)page.Count * budget < (long)q.Take * visited) return null;
            MemberSearchEntry e;
            // A member changed since the last merge is in both lists: its old entry, gone, is skipped.
            if (inSorted && (!inAdded || (descending ? i >= next : i < next)))
            {
                e = sorted[i];
                i += step;
                if (gone.Count > 0 && gone.Contains(e)) continue;
            }
            else
            {
                e = added[j];
                j += step;
                next = Boundary(sorted, added, j, descending);
            }
            if (e.SearchText.Contains(q.Needle, StringComparison.Ordinal) && Matches(e, q)) page.Add(e.Id);
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
        return descending ? FirstAbove(sorted, after.UsernameNormalized, orEqual: true) - 1 : FirstAbove(sorted, after.UsernameNormalized, orEqual: false);
    }

    /// <summary>
    /// For the changed member <paramref name="j"/>: ascending, the first sorted position not before it (the sorted
    /// members below come first); descending, the first position after it (the sorted members from there come first).
    /// </summary>
    private static int Boundary(MemberSearchEntry[] sorted, MemberSearchEntry[] added, int j, bool descending) =>
        (uint)j < (uint)added.Length ? FirstAbove(sorted, added[j].UsernameNormalized, orEqual: !descending) : 0;

    /// <summary>The first position whose username comes after <paramref name="username"/> (or equals it, when <paramref name="orEqual"/>).</summary>
    private static int FirstAbove(MemberSearchEntry[] sorted, string username, bool orEqual)
    {
        var (low, high) = (0, sorted.Length);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            var c = string.CompareOrdinal(sorted[middle].UsernameNormalized, username);
            if (c < 0 || (c == 0 && !orEqual)) low = middle + 1;
            else high = middle;
        }
        return low;
    }
}
