using Gatehouse.Server.Features.Users.Search;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gatehouse.Tests.Features.Users;

/// <summary>
/// The copy's scan over many chunks, without a total: chunks are visited best-first and passed over by their key
/// range, so the pages must still be exactly the brute-force answer (every match sorted, then paged by the cursor)
/// for every order, with ties in the first four characters, equal creation times and members out of creation order.
/// </summary>
public sealed class MemberSearchChunkTests
{
    private static readonly string[] Sorts = ["username", "-username", "display_name", "-display_name", "created_at", "-created_at"];

    private static List<MemberSearchEntry> Members(int count)
    {
        var random = new Random(7);
        var start = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var members = new List<MemberSearchEntry>();
        for (var i = 0; i < count; i++)
        {
            // Shared four-letter stems make the keys tie; a third of the members skip the term "ex".
            var username = $"{(i % 3 == 0 ? "anna" : "zed_")}{random.Next(1000):D3}.{i}";
            var display = random.Next(4) == 0 ? "Same Name" : $"Name {random.Next(50)}";
            // Mostly in creation order (as members are appended), with some created out of it and many at the same instant.
            var created = start.AddMinutes(random.Next(10) == 0 ? random.Next(count) : i / 3);
            var text = $"{username} {display.ToLowerInvariant()} {(i % 3 == 2 ? "" : "ex")}";
            members.Add(new(Guid.NewGuid(), text, username, display, created, null, false, false, [], [], null));
        }
        return members;
    }

    private static MemberSearchQuery Query(string needle, MemberSearchEntry? after, bool countAll) =>
        new(needle, after, 51, false, null, null, null, null, null, null, null, null, countAll);

    private static MemberSearchEntry CursorOf(MemberSearchEntry last, string sort) =>
        MemberOrder.CursorEntry(sort.TrimStart('-') == "display_name" ? last.DisplayName : null, last.UsernameNormalized, last.CreatedAt);

    [Fact]
    public void Pages_across_chunks_are_the_brute_force_answer_for_every_order_with_and_without_a_total()
    {
        var members = Members(5 * MemberSearchSnapshot.ChunkSize + 77);
        var index = new MemberSearchIndex(NullLogger<MemberSearchIndex>.Instance);
        index.Replace(members);
        foreach (var sort in Sorts)
            foreach (var needle in new[] { "ex", "anna", "9.", "anna12", ".100", "zed_99", "anna5" })
            {
                var order = MemberOrder.For(sort)!;
                var expected = members.Where(m => m.SearchText.Contains(needle, StringComparison.Ordinal)).Order(order).Select(m => m.Id).ToList();
                Assert.NotEmpty(expected);
                foreach (var countAll in new[] { false, true })
                {
                    var pages = new List<Guid>();
                    MemberSearchEntry? after = null;
                    while (true)
                    {
                        var (found, total) = index.Search(Query(needle, after, countAll), order);
                        var page = found.Select(e => e.Id).ToList();
                        if (countAll) Assert.Equal(expected.Count, total);
                        pages.AddRange(page.Take(50));
                        if (page.Count <= 50) break;
                        after = CursorOf(members.First(m => m.Id == page[49]), sort);
                    }
                    Assert.Equal(expected, pages);
                }
            }
    }

    [Fact]
    public void The_newest_page_is_right_when_members_sit_in_the_chunks_in_reverse_creation_order()
    {
        var members = Members(3 * MemberSearchSnapshot.ChunkSize);
        members.Reverse();
        var index = new MemberSearchIndex(NullLogger<MemberSearchIndex>.Instance);
        index.Replace(members);
        foreach (var sort in new[] { "-created_at", "created_at" })
        {
            var order = MemberOrder.For(sort)!;
            var expected = members.Where(m => m.SearchText.Contains("ex", StringComparison.Ordinal)).Order(order).Take(51).Select(m => m.Id);
            Assert.Equal(expected, index.Search(Query("ex", null, false), order).Page.Select(e => e.Id));
        }
    }

    [Fact]
    public void Chunks_of_ascii_text_and_chunks_with_other_characters_find_the_same_members_as_a_test_of_each()
    {
        // Every chunk but the second is ASCII (kept as bytes); the second holds accented names (kept as UTF-16).
        var members = Members(4 * MemberSearchSnapshot.ChunkSize);
        for (var i = MemberSearchSnapshot.ChunkSize; i < 2 * MemberSearchSnapshot.ChunkSize; i += 3)
            members[i] = members[i] with { SearchText = members[i].SearchText + " zoë andré", DisplayName = "Zoë" };
        var index = new MemberSearchIndex(NullLogger<MemberSearchIndex>.Instance);
        index.Replace(members);
        foreach (var sort in Sorts)
            foreach (var needle in new[] { "zoë", "é", "andr", "ex", "zed_" })
                foreach (var countAll in new[] { false, true })
                {
                    var order = MemberOrder.For(sort)!;
                    var expected = members.Where(m => m.SearchText.Contains(needle, StringComparison.Ordinal)).Order(order).ToList();
                    Assert.NotEmpty(expected);
                    var (page, total) = index.Search(Query(needle, null, countAll), order);
                    Assert.Equal(expected.Take(51).Select(m => m.Id), page.Select(e => e.Id));
                    if (countAll) Assert.Equal(expected.Count, total);
                }
    }
}
