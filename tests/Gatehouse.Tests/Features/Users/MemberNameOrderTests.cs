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
    public void Pages_sorted_by_username_stay_the_brute_force_answer_through_renames_removals_and_new_members()
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

        // Small rounds stay below the merge (changes listed apart); the big one crosses it (at least 512 changes).
        foreach (var changes in new[] { 5, 40, 700, 3 })
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

        // The renamed member again, then 600 more changes: past 512, one sorted list with each member once.
        var again = renamed with { UsernameNormalized = "B-SECOND" };
        var many = few.With([renamed, .. members.Skip(100).Take(600)], [again]);
        Assert.Empty(many.Added);
        Assert.Empty(many.Gone);
        var expected = members.Where((_, i) => i != 10 && i is < 100 or >= 700).Append(again)
            .OrderBy(m => m.UsernameNormalized, StringComparer.Ordinal).ToList();
        Assert.Equal(expected, many.Sorted);
        // The merged order's blocks are those of its members where they now stand.
        for (var p = 0; p < many.Sorted.Length; p++)
            Assert.True(TrigramBlocks.Holds(many.Blocks.Holding(TrigramFilter.Of(many.Sorted[p].SearchText)!), p));
    }

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
