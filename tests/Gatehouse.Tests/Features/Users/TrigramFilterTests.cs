using Gatehouse.Server.Features.Users.Search;

namespace Gatehouse.Tests.Features.Users;

/// <summary>
/// The search's filter of three-character sequences: members are passed over only when their texts cannot hold the
/// term, so members holding it are always read (never a missed match), and members lacking it mostly are not.
/// </summary>
public sealed class TrigramFilterTests
{
    private static readonly string[] Texts =
    [
        "zoé.martin42 zoé zoe.martin42@example.org",
        "mü11er ünal straße@example.de",
        "chloe.petit7 chloe chloe.petit7@bench.example",
        "李小龍 li 李@example.cn",
        "ab",
        "emoji 🎉party🎉 x@y.z",
    ];

    private static MemberSearchEntry Member(string text) =>
        new(Guid.NewGuid(), text, text, text, DateTime.UnixEpoch, null, false, false, [], [], null);

    /// <summary>The same texts through both ways a set is built, as "may these members hold the term": a chunk's buffer, and a block of the username order.</summary>
    private static IEnumerable<Func<string, bool>> SetsOf(string[] texts, int hashBits)
    {
        var chunk = TrigramFilter.Of(string.Join(MemberSearchSnapshot.Separator, texts).AsSpan(), hashBits);
        yield return term => TrigramFilter.MayHold(chunk, TrigramFilter.Of(term)!);
        var block = new TrigramBlocks([.. texts.Select(Member)]);
        yield return term => (block.Holding(TrigramFilter.Of(term)!)[0] & 1) != 0;
    }

    [Fact]
    public void Every_term_in_a_members_text_is_held_by_its_set()
    {
        foreach (var holds in SetsOf(Texts, 13))
            foreach (var text in Texts)
                for (var start = 0; start < text.Length; start++)
                    for (var length = 3; start + length <= text.Length; length++)
                        Assert.True(holds(text.Substring(start, length)), text.Substring(start, length));
    }

    [Fact]
    public void A_term_the_members_lack_is_passed_over()
    {
        foreach (var holds in SetsOf(Texts, 13))
            foreach (var absent in new[] { "noone-matches", "emma.thomas9", "qqq", "zoé.petit", "ünalx", "tin43" })
                Assert.False(holds(absent), absent);
    }

    [Fact]
    public void A_term_spanning_two_members_is_not_held_for_them()
    {
        // "abc" and "bcd" would only be there across the boundary between "xab" and "cdy".
        foreach (var holds in SetsOf(["xab", "cdy"], 10))
        {
            Assert.True(holds("xab"));
            Assert.True(holds("cdy"));
            Assert.False(holds("abcd"));
        }
    }

    [Fact]
    public void Terms_without_a_sequence_to_test_read_every_member()
    {
        Assert.Null(TrigramFilter.Of("ab"));
        Assert.Null(TrigramFilter.Of("é"));
        Assert.Null(TrigramFilter.Of($"ab{MemberSearchSnapshot.Separator}cd"));
        // Two hashes for each of the two sequences of "4567".
        Assert.Equal(4, TrigramFilter.Of("4567")!.Length);
    }

    [Fact]
    public void The_walk_goes_from_block_to_the_next_block_that_may_hold_the_term_either_way()
    {
        // Five blocks of 64 members; "martin" only in blocks 0 and 3; 200 blocks to cross a word of the bitmap.
        var members = Enumerable.Range(0, 5 * TrigramBlocks.BlockSize)
            .Select(i => Member(i / TrigramBlocks.BlockSize is 0 or 3 ? $"zoe.martin{i}" : $"lea.dubois{i}")).ToArray();
        var blocks = new TrigramBlocks(members);
        var holding = blocks.Holding(TrigramFilter.Of("martin")!);
        Assert.Equal(5, blocks.Count);
        Assert.Equal(3, blocks.Next(holding, 1, descending: false));
        Assert.Equal(5, blocks.Next(holding, 4, descending: false));
        Assert.Equal(0, blocks.Next(holding, 2, descending: true));
        Assert.Equal(3, blocks.Next(holding, 4, descending: true));
        Assert.Equal(-1, blocks.Next(blocks.Holding(TrigramFilter.Of("zzz")!), 4, descending: true));

        var many = new TrigramBlocks([.. Enumerable.Range(0, 200 * TrigramBlocks.BlockSize).Select(i => Member(i == 150 * 64 + 5 ? "rare one" : $"m{i}"))]);
        var rare = many.Holding(TrigramFilter.Of("rare")!);
        Assert.Equal(150, many.Next(rare, 0, descending: false));
        Assert.Equal(150, many.Next(rare, 199, descending: true));
    }
}
