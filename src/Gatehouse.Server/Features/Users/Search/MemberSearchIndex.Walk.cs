namespace Gatehouse.Server.Features.Users.Search;

public sealed partial class MemberSearchIndex
{
    /// <summary>
    /// A search sorted by username, without a total: members are read in username order from the cursor, each tested
    /// alone, until the page is full. A term most members contain fills it within a few dozen, where the scan would
    /// visit every match. The walk gives up after a thirty-second of the members (at least 256) and returns null: the
    /// term is rare or sorts late, and the scan's sweep of the text is then the cheaper way (the walk has cost at most
    /// a thirty-second of a per-member scan).
    /// </summary>
    private static List<Guid>? WalkByName(MemberNameOrder names, MemberSearchQuery q, MemberOrder order)
    {
        var (sorted, added, gone) = (names.Sorted, names.Added, names.Gone);
        var budget = Math.Max(256, (sorted.Length + added.Length) / 32);
        var step = order.Descending ? -1 : 1;
        var (i, j) = (Start(sorted, q.After, order.Descending), Start(added, q.After, order.Descending));
        var page = new List<Guid>(q.Take);
        while (page.Count < q.Take)
        {
            var inSorted = (uint)i < (uint)sorted.Length;
            var inAdded = (uint)j < (uint)added.Length;
            if (!inSorted && !inAdded) break;
            if (--budget < 0) return null;
            MemberSearchEntry e;
            // Both lists in the order's direction: the one whose member comes first. A member changed since the last merge
            // is in both, its old entry gone from the sorted list.
            if (inSorted && (!inAdded || order.Compare(sorted[i], added[j]) < 0))
            {
                e = sorted[i];
                i += step;
                if (gone.Contains(e)) continue;
            }
            else
            {
                e = added[j];
                j += step;
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
        // The first position whose username comes after the cursor's (ascending) or is not before it (descending).
        var (low, high) = (0, sorted.Length);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            var c = string.CompareOrdinal(sorted[middle].UsernameNormalized, after.UsernameNormalized);
            if (c < 0 || (c == 0 && !descending)) low = middle + 1;
            else high = middle;
        }
        return descending ? low - 1 : low;
    }
}
