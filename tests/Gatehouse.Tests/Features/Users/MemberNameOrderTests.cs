using Gatehouse.Server.Features.Users.Search;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gatehouse.Tests.Features.Users;

/// <summary>
/// Searches sorted by username walk the members in username order (<see cref="MemberNameOrder"/>): after renames,
/// removals and new members, on both sides of the merge of the changes, every page must still be the brute-force
/// answer. The eight-unit sort keys must never contradict the ordinal order, whatever the characters.
/// </summary>
public sealed class MemberNameOrderTests
{
    private static readonly string[] Sorts = ["username", "-username"];
    private static readonly DateTime Start = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private static MemberSearchEntry Member(Guid id, string username, bool deleted = false, bool banned = false)
    {
        // Two thirds contain "ex"; "rare" only a few; "zz" sorts last by username.
        var text = $"{username.ToLowerInvariant()} {(username.Length % 3 == 0 ? "" : "ex")}";
        return new(id, text, username, "Name", Start, deleted ? Start : null, banned, false, [], [], null);
    }

    private static List<Guid> BruteForce(IEnumerable<MemberSearchEntry> members, string needle, string sort, bool? banned) =>
        [.. members.Where(m => m.DeletedAt is null && (banned is null || m.IsBanned == banned) && m.SearchText.Contains(needle, StringComparison.Ordinal))
            .Order(MemberOrder.For(sort)!).Select(m => m.Id)];

    private static void AssertPagesAreTheBruteForceAnswer(MemberSearchIndex index, Dictionary<Guid, MemberSearchEntry> members)
    {
        foreach (var sort in Sorts)
            foreach (var needle in new[] { "ex", "rare", "zz", "a", "zz1", "rare1", "ex " })
                foreach (var banned in new bool?[] { null, false })
                {
                    var expected = BruteForce(members.Values, needle, sort, banned);
                    var pages = new List<Guid>();
                    MemberSearchEntry? after = null;
                    while (true)
                    {
                        var query = new MemberSearchQuery(needle, after, 51, false, null, banned, null, null, null, null, null, null, CountAll: false);
                        var page = index.Search(query, MemberOrder.For(sort)!).Page.Select(e => e.Id).ToList();
                        pages.AddRange(page.Take(50));
                        if (page.Count <= 50) break;
                        after = MemberOrder.CursorEntry(null, members[page[49]].UsernameNormalized, Start);
                    }
                    Assert.Equal(expected.Select(id => members[id].UsernameNormalized), pages.Select(id => members[id].UsernameNormalized));
                }
    }

    [Fact]
    public async Task Pages_sorted_by_username_stay_the_brute_force_answer_through_renames_removals_and_new_members()
    {
        var random = new Random(11);
        // Usernames are unique, as in the database: a random stem, then a number never used before.
        var taken = 0;
        string Name() => $"{(char)('A' + random.Next(26))}{(char)('A' + random.Next(26))}{random.Next(100)}.{taken++}";
        var members = new Dictionary<Guid, MemberSearchEntry>();
        for (var i = 0; i < 3_000; i++)
        {
            var id = Guid.NewGuid();
            members[id] = Member(id, i % 97 == 0 ? $"RARE{taken++}" : Name(), deleted: i % 50 == 0, banned: i % 7 == 0);
        }
        var index = new MemberSearchIndex(NullLogger<MemberSearchIndex>.Instance);
        index.Replace([.. members.Values]);
        AssertPagesAreTheBruteForceAnswer(index, members);

        // Small rounds stay below the merge (changes listed apart); the big ones cross it (at least 512 changes), and the
        // rounds after them land on the merged order.
        foreach (var changes in new[] { 5, 40, 700, 3, 30, 600, 600, 8 })
        {
            var ids = new List<Guid>();
            var fresh = new List<MemberSearchEntry>();
            foreach (var id in members.Keys.OrderBy(_ => random.Next()).Take(changes).ToList())
            {
                ids.Add(id);
                switch (random.Next(3))
                {
                    case 0: members.Remove(id); break; // deleted for good
                    case 1: members[id] = Member(id, Name()); break; // renamed
                    default: members[id] = members[id] with { IsBanned = !members[id].IsBanned }; break; // same name, new entry
                }
                if (members.TryGetValue(id, out var now)) fresh.Add(now);
            }
            for (var i = 0; i < changes; i++)
            {
                var id = Guid.NewGuid();
                members[id] = Member(id, i % 2 == 0 ? $"ZZ{taken++}" : Name());
                ids.Add(id);
                fresh.Add(members[id]);
            }
            index.Apply(ids, fresh);
            AssertPagesAreTheBruteForceAnswer(index, members);
            // The big round started a merge away from the writer; the next round's changes are carried over onto it.
            if (index.MergeUnderWay is { } merge) await merge;
        }
    }

    [Fact]
    public void The_changes_are_merged_once_they_reach_their_share_of_the_members()
    {
        var members = Enumerable.Range(0, 1_000).Select(i => Member(Guid.NewGuid(), $"M{i:D5}")).ToList();
        var order = MemberNameOrder.Of(members);
        var renamed = members[10] with { UsernameNormalized = "A-FIRST" };
        var few = order.With([members[10]], [renamed]);
        Assert.Same(order.Sorted, few.Sorted);
        Assert.Same(order.Blocks, few.Blocks);
        Assert.Equal(16, order.Blocks.Count); // 1,000 members, 64 a block
        Assert.Equal([0], few.AddedAt); // "A-FIRST" comes before every sorted member
        Assert.Equal([renamed], few.Added);
        Assert.Contains(members[10], few.Gone);
        Assert.False(few.NeedsMerge);

        // The renamed member again, then 600 more changes: past 512, due for a merge into one sorted list with each member once.
        var again = renamed with { UsernameNormalized = "B-SECOND" };
        var many = few.With([renamed, .. members.Skip(100).Take(600)], [again]);
        Assert.True(many.NeedsMerge);
        Assert.Same(order.Sorted, many.Sorted); // a write never merges
        var merged = many.Merged();
        Assert.Empty(merged.Added);
        Assert.Empty(merged.Gone);
        var expected = members.Where((_, i) => i != 10 && i is < 100 or >= 700).Append(again)
            .OrderBy(m => m.UsernameNormalized, StringComparer.Ordinal).ToList();
        Assert.Equal(expected, merged.Sorted);
        Assert.Equal(expected, Content(many));
        // The merged order's blocks are those of its members where they now stand.
        for (var p = 0; p < merged.Sorted.Length; p++)
            Assert.True(TrigramBlocks.Holds(merged.Blocks.Holding(TrigramFilter.Of(merged.Sorted[p].SearchText)!), p));
    }

    [Fact]
    public void Changes_made_while_a_merge_was_built_are_carried_over_onto_it()
    {
        var members = Enumerable.Range(0, 2_000).Select(i => Member(Guid.NewGuid(), $"M{i:D5}")).ToList();
        var fresh = Enumerable.Range(0, 600).Select(i => Member(Guid.NewGuid(), $"N{i:D5}")).ToList();
        var from = MemberNameOrder.Of(members).With(members.Take(10).ToList(), fresh);
        Assert.True(from.NeedsMerge);
        var merged = from.Merged();

        // Meanwhile: a member put before the merge leaves, one in the sorted list leaves, another is renamed, two come.
        var renamed = members[500] with { UsernameNormalized = "M00250-AGAIN" };
        var later = from.With([fresh[3], members[20], members[500]], [renamed, Member(Guid.NewGuid(), "A-FIRST"), Member(Guid.NewGuid(), "Z-LAST")]);

        var rebased = later.RebasedOn(merged, from)!;
        Assert.Same(merged.Sorted, rebased.Sorted);
        Assert.Same(merged.Blocks, rebased.Blocks);
        Assert.Equal(Content(later), Content(rebased));
        Assert.Equal(["A-FIRST", "M00250-AGAIN", "Z-LAST"], rebased.Added.Select(e => e.UsernameNormalized));
        Assert.Equal([members[20], members[500], fresh[3]], rebased.Gone.OrderBy(e => e.UsernameNormalized, StringComparer.Ordinal));
        // Each one apart is placed where the walk takes it among the merged list: before the first username not below its own.
        Assert.Equal(rebased.Added.Select(e => merged.Sorted.Count(m => string.CompareOrdinal(m.UsernameNormalized, e.UsernameNormalized) < 0)), rebased.AddedAt);

        // An order rebuilt meanwhile does not descend from the merged state: the merge is dropped.
        Assert.Null(MemberNameOrder.Of(members).RebasedOn(merged, from));
    }

    /// <summary>The members an order stands for, in username order, however they are held.</summary>
    private static List<MemberSearchEntry> Content(MemberNameOrder order) =>
        [.. order.Sorted.Where(e => !order.Gone.Contains(e)).Concat(order.Added).OrderBy(m => m.UsernameNormalized, StringComparer.Ordinal)];

    [Fact]
    public void Text_keys_never_contradict_the_ordinal_order_of_the_texts()
    {
        char[] units = ['\0', '.', '0', 'A', 'Z', 'a', '\u00e9', '\u00fe', '\u00ff', '\u0100', '\u0142', '\uffff'];
        var random = new Random(3);
        var texts = Enumerable.Range(0, 400)
            .Select(_ => new string([.. Enumerable.Range(0, random.Next(11)).Select(_ => units[random.Next(units.Length)])])).ToList();
        texts.AddRange(["ZOE.DUBOIS12", "ZOE.DUBOIS13", "ZOE.BERNARD1", "ab\u00ff z", "ab\u0142"]);
        foreach (var a in texts)
            foreach (var b in texts)
                if (MemberOrder.TextKey(a) < MemberOrder.TextKey(b))
                    Assert.True(string.CompareOrdinal(a, b) < 0, $"key of '{a}' < key of '{b}'");
        // Eight units tell apart what four did not.
        Assert.True(MemberOrder.TextKey("ZOE.BERNARD1") < MemberOrder.TextKey("ZOE.DUBOIS12"));
    }
}
