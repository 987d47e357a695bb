namespace Gatehouse.Server.Features.Users.Search;

/// <summary>
/// The copy's members in username order, for searches sorted by username (the list's default): when the term is
/// common, walking members in that order finds a page after a few dozen, where the scan visits every match.
/// Kept cheap to change: <see cref="Sorted"/> is sorted once, members changed since are listed apart
/// (<see cref="Added"/>, sorted, and <see cref="Gone"/>, the replaced or removed entries of <see cref="Sorted"/>), and
/// the two are merged in one linear pass once the changes pile up (<see cref="NeedsMerge"/>). The merge, and the
/// three-character blocks of the merged list, are built away from the writer (<see cref="Merged"/>), and the changes made
/// meanwhile are carried over onto the result (<see cref="RebasedOn"/>): at 100k members it is ~100 ms of work that
/// searches waiting on the copy's catch-up used to wait for (one every ~15 s under the mixed API load).
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
    /// This order with <paramref name="removed"/> entries gone and <paramref name="added"/> ones in: the changes listed stay
    /// in order with their positions, and the few new ones are merged in (no sort of them all at every write).
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
        return new(Sorted, entries, positions, gone, Blocks);
    }

    /// <summary>
    /// Whether the changes listed apart reach a sixty-fourth of the members (at least 512): a write copies at most that
    /// many references, and a merge (linear) comes once per that many changes.
    /// </summary>
    public bool NeedsMerge => Gone.Count + Added.Length >= Math.Max(512, Sorted.Length / 64);

    /// <summary>The same members in one sorted list, with its blocks. Reads only this order, which no one changes: it may run on any thread.</summary>
    public MemberNameOrder Merged()
    {
        var merged = Merge(Sorted, Gone, Added);
        return new(merged, [], [], new(ReferenceEqualityComparer.Instance), new TrigramBlocks(merged));
    }

    /// <summary>
    /// This order's members over <paramref name="merged"/> (<see cref="Merged"/> of <paramref name="from"/>, an earlier
    /// state of this order): the changes made since <paramref name="from"/> listed apart again. Null when this order no
    /// longer descends from it (the copy was rebuilt meanwhile).
    /// </summary>
    public MemberNameOrder? RebasedOn(MemberNameOrder merged, MemberNameOrder from)
    {
        if (!ReferenceEquals(Sorted, from.Sorted)) return null;
        // Both are in the merged list: entries of the old Added removed since, and entries of Sorted removed since.
        var stillAdded = new HashSet<MemberSearchEntry>(Added, ReferenceEqualityComparer.Instance);
        var gone = new HashSet<MemberSearchEntry>(ReferenceEqualityComparer.Instance);
        foreach (var e in from.Added)
            if (!stillAdded.Contains(e)) gone.Add(e);
        foreach (var e in Gone)
            if (!from.Gone.Contains(e)) gone.Add(e);
        // Entries put since stay apart (still in username order), their places found in the merged list.
        var before = new HashSet<MemberSearchEntry>(from.Added, ReferenceEqualityComparer.Instance);
        var added = Added.Where(e => !before.Contains(e)).ToArray();
        var positions = Array.ConvertAll(added, e => FirstAbove(merged.Sorted, e.UsernameNormalized, orEqual: true));
        return new(merged.Sorted, added, positions, gone, merged.Blocks);
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
