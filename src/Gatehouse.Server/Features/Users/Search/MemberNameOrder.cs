namespace Gatehouse.Server.Features.Users.Search;

/// <summary>
/// The copy's members in username order, for searches sorted by username (the list's default): when the term is
/// common, walking members in that order finds a page after a few dozen, where the scan visits every match.
/// Kept cheap to change: <see cref="Sorted"/> is sorted once, members changed since are listed apart
/// (<see cref="Added"/>, sorted, and <see cref="Gone"/>, the replaced or removed entries of <see cref="Sorted"/>), and
/// the two are merged in one linear pass once the changes pile up.
/// </summary>
public sealed class MemberNameOrder
{
    public static readonly MemberNameOrder Empty = new([], [], [], new(ReferenceEqualityComparer.Instance), TrigramBlocks.Empty);

    private static readonly Comparison<MemberSearchEntry> ByUsername =
        (x, y) => string.CompareOrdinal(x.UsernameNormalized, y.UsernameNormalized);

    private MemberNameOrder(MemberSearchEntry[] sorted, MemberSearchEntry[] added, int[] addedAt, HashSet<MemberSearchEntry> gone, TrigramBlocks blocks) =>
        (Sorted, Added, AddedAt, Gone, Blocks) = (sorted, added, addedAt, gone, blocks);

    /// <summary>Every member at the last merge, by normalized username (unique, compared ordinally as the database does).</summary>
    public MemberSearchEntry[] Sorted { get; }

    /// <summary>Members put since the last merge, by username: each is the member's current entry.</summary>
    public MemberSearchEntry[] Added { get; }

    /// <summary>
    /// For each of <see cref="Added"/>, the first position in <see cref="Sorted"/> whose username is not before its own:
    /// where the walk takes it among the sorted members, found once per change instead of once per walk.
    /// </summary>
    public int[] AddedAt { get; }

    /// <summary>Entries of <see cref="Sorted"/> that were replaced or removed since (compared by reference: entries are records).</summary>
    public HashSet<MemberSearchEntry> Gone { get; }

    /// <summary>
    /// The three-character sequences of each block of <see cref="Sorted"/>: the walk passes over a block lacking the
    /// term's, so a term held by members far down the order (say every "martin", after the "bernard"s and "dubois") is
    /// reached without testing those before it.
    /// </summary>
    public TrigramBlocks Blocks { get; }

    public static MemberNameOrder Of(IEnumerable<MemberSearchEntry> members)
    {
        var sorted = members.ToArray();
        Array.Sort(sorted, ByUsername);
        return new(sorted, [], [], new(ReferenceEqualityComparer.Instance), new TrigramBlocks(sorted));
    }

    /// <summary>
    /// This order with <paramref name="removed"/> entries gone and <paramref name="added"/> ones in. Merged into one
    /// sorted array once the changes reach a sixty-fourth of the members (at least 512): a write copies at most that
    /// many references, and a merge (linear) comes once per that many writes. Until then the changes listed stay in
    /// order with their positions, and the few new ones are merged in (no sort of them all at every write).
    /// </summary>
    public MemberNameOrder With(IReadOnlyCollection<MemberSearchEntry> removed, IReadOnlyCollection<MemberSearchEntry> added)
    {
        if (removed.Count == 0 && added.Count == 0) return this;
        // A removed entry put since the last merge simply leaves Added; any other one is in Sorted.
        var removedNow = new HashSet<MemberSearchEntry>(removed, ReferenceEqualityComparer.Instance);
        var fresh = added.ToArray();
        Array.Sort(fresh, ByUsername);
        var entries = new MemberSearchEntry[Added.Length - Added.Count(removedNow.Contains) + fresh.Length];
        var positions = new int[entries.Length];
        var (i, j, n) = (0, 0, 0);
        while (i < Added.Length || j < fresh.Length)
        {
            if (i < Added.Length && removedNow.Remove(Added[i])) i++;
            else if (j == fresh.Length || i < Added.Length && ByUsername(Added[i], fresh[j]) < 0)
            {
                entries[n] = Added[i];
                positions[n++] = AddedAt[i++];
            }
            else
            {
                entries[n] = fresh[j];
                positions[n++] = FirstAbove(Sorted, fresh[j++].UsernameNormalized, orEqual: true);
            }
        }
        var gone = new HashSet<MemberSearchEntry>(Gone, ReferenceEqualityComparer.Instance);
        gone.UnionWith(removedNow);
        if (gone.Count + entries.Length < Math.Max(512, Sorted.Length / 64)) return new(Sorted, entries, positions, gone, Blocks);
        var merged = Merge(Sorted, gone, entries);
        return new(merged, [], [], new(ReferenceEqualityComparer.Instance), new TrigramBlocks(merged));
    }

    /// <summary>The first position whose username comes after <paramref name="username"/> (or equals it, when <paramref name="orEqual"/>).</summary>
    internal static int FirstAbove(MemberSearchEntry[] sorted, string username, bool orEqual)
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

    private static MemberSearchEntry[] Merge(MemberSearchEntry[] sorted, HashSet<MemberSearchEntry> gone, MemberSearchEntry[] added)
    {
        var merged = new List<MemberSearchEntry>(sorted.Length - gone.Count + added.Length);
        var (i, j) = (0, 0);
        while (i < sorted.Length || j < added.Length)
        {
            if (i < sorted.Length && gone.Contains(sorted[i])) i++;
            else if (j == added.Length || i < sorted.Length && ByUsername(sorted[i], added[j]) < 0) merged.Add(sorted[i++]);
            else merged.Add(added[j++]);
        }
        return [.. merged];
    }
}
