using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gatehouse.Server.Features.Users.Search;
using Gatehouse.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Gatehouse.Tests.Features.Users;

/// <summary>
/// <c>?q=</c> is answered from the node's in-memory search index, other lists by the database. A
/// status filter naming every status keeps the same search on the database, so the two must agree
/// page by page: same members, same order, every member once through the cursors.
/// </summary>
public abstract class SearchIndexParityTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp
{
    private const string EveryStatus = "online,idle,dnd,offline";

    private static async Task<List<string>> AllPagesAsync(HttpClient client, string query)
    {
        var all = new List<string>();
        string? cursor = null;
        do
        {
            var page = await client.GetJsonAsync($"/api/v1/users?{query}&limit=2{(cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}")}");
            all.AddRange(page.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("username").GetString()!));
            cursor = page.GetProperty("next_cursor").ValueKind == JsonValueKind.Null ? null : page.GetProperty("next_cursor").GetString();
        } while (cursor is not null);
        return all;
    }

    [Fact]
    public async Task Indexed_search_pages_like_the_database_for_every_sort_and_filter()
    {
        using var owner = await app.OwnerAsync();
        var stem = Api.Unique("par");
        var tag = Api.Unique("pt");
        var ids = new List<Guid>();
        // Equal display names (tie-broken by username), upper and lower case, punctuation: the orders' edge cases.
        string[] displays = ["Alexandra", "alex", "Alex", "Bea.x", "Alex", "bea", "_under"];
        for (var i = 0; i < displays.Length; i++)
        {
            var id = (await owner.CreateUserAsync($"{stem}{(char)('a' + i)}{(i % 2 == 0 ? "." : "-")}{i}", i % 3 == 0 ? ["staff"] : null, i % 2 == 0 ? [tag] : null))
                .GetProperty("id").GetGuid();
            await (await owner.PatchAsJsonAsync($"/api/v1/users/{id}", new { display_name = displays[i] }, null)).ShouldBeAsync(HttpStatusCode.OK);
            ids.Add(id);
        }
        await (await owner.PostAsJsonAsync($"/api/v1/users/{ids[1]}/disable", new { })).ShouldBeAsync(HttpStatusCode.OK);

        string[] filters = ["", $"&tag={tag}", "&role=staff", "&disabled=false", "&banned=false", $"&ids={ids[0]},{ids[3]},{ids[4]}"];
        foreach (var sort in new[] { "username", "-username", "display_name", "-display_name", "created_at", "-created_at" })
            foreach (var filter in filters)
            {
                var query = $"q={stem.ToUpperInvariant()}&sort={sort}{filter}";
                var indexed = await AllPagesAsync(owner, query);
                Assert.Equal(await AllPagesAsync(owner, $"{query}&status={EveryStatus}"), indexed);
                Assert.Equal(indexed.Count, indexed.Distinct().Count());
            }

        var total = await owner.GetJsonAsync($"/api/v1/users?q={stem}&include_total=true&limit=1");
        Assert.Equal(displays.Length, total.GetProperty("total").GetInt64());
        Assert.Equal(1, total.GetProperty("items").GetArrayLength());

        // Without a term (the list itself, which the copy answers too), narrowed to this test's members by their tag.
        await (await owner.DeleteAsync($"/api/v1/users/{ids[2]}")).ShouldBeAsync(HttpStatusCode.NoContent);
        foreach (var sort in new[] { "username", "-username", "display_name", "-display_name", "created_at", "-created_at" })
            foreach (var filter in new[] { "", "&role=staff", "&disabled=false", "&include_deleted=true", "&include_total=true" })
            {
                var query = $"tag={tag}&sort={sort}{filter}";
                var listed = await AllPagesAsync(owner, query);
                Assert.Equal(await AllPagesAsync(owner, $"{query}&status={EveryStatus}"), listed);
                Assert.Equal(listed.Count, listed.Distinct().Count());
                Assert.Equal(filter == "&include_deleted=true" ? 4 : filter == "&role=staff" ? 2 : 3, listed.Count);
            }
        var counted = await owner.GetJsonAsync($"/api/v1/users?tag={tag}&include_total=true&limit=1");
        Assert.Equal(3, counted.GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task Indexed_search_shows_each_members_roles_as_the_database_does_right_after_they_change()
    {
        using var owner = await app.OwnerAsync();
        var stem = Api.Unique("prl");
        // Two roles of the same priority (their chips then go by name) and one above them.
        var (low, lower, high) = (Api.Unique("zeta"), Api.Unique("alpha"), Api.Unique("top"));
        foreach (var (name, priority) in new[] { (low, 11), (lower, 11), (high, 12) })
            await (await owner.PostAsJsonAsync("/api/v1/roles", new { name, priority, permissions = new[] { "users.read" } })).ShouldBeAsync(HttpStatusCode.Created);
        var both = (await owner.CreateUserAsync($"{stem}a", [low, lower])).GetProperty("id").GetGuid();
        var all = (await owner.CreateUserAsync($"{stem}b", [lower, high, low])).GetProperty("id").GetGuid();
        await owner.CreateUserAsync($"{stem}c");

        async Task<List<string>> ChipsAsync(Guid id, string extra)
        {
            var page = await owner.GetJsonAsync($"/api/v1/users?q={stem}{extra}");
            var member = page.GetProperty("items").EnumerateArray().Single(u => u.GetProperty("id").GetGuid() == id);
            return [.. member.GetProperty("roles").EnumerateArray().Select(r => r.GetProperty("name").GetString()!)];
        }

        Assert.Equal([lower, low], await ChipsAsync(both, ""));
        Assert.Equal([high, lower, low], await ChipsAsync(all, ""));
        // A change is on the very next search's page, as the database path shows it.
        await (await owner.PostAsJsonAsync($"/api/v1/users/{both}/roles", new { add = new[] { high }, remove = new[] { low } })).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal([high, lower], await ChipsAsync(both, ""));
        Assert.Equal(await ChipsAsync(both, $"&status={EveryStatus}"), await ChipsAsync(both, ""));
        Assert.Equal(await ChipsAsync(all, $"&status={EveryStatus}"), await ChipsAsync(all, ""));

        // Every field of every member the same whichever path answered.
        var indexed = (await owner.GetJsonAsync($"/api/v1/users?q={stem}")).GetProperty("items");
        var database = (await owner.GetJsonAsync($"/api/v1/users?q={stem}&status={EveryStatus}")).GetProperty("items");
        Assert.Equal(3, indexed.GetArrayLength());
        Assert.Equal(database.GetRawText(), indexed.GetRawText());
    }

    [Fact]
    public async Task Search_sorted_by_last_seen_pages_like_the_database_whether_it_orders_the_matches_or_walks_its_index()
    {
        using var owner = await app.OwnerAsync();
        var stem = Api.Unique("lsp");
        var tag = Api.Unique("lt");
        var ids = new List<Guid>();
        // Ties (broken by username) and never-seen members (the oldest instant): the order's edge cases.
        string?[] seen = ["2026-11-02 10:00:00", "2026-11-02 10:00:00", "2026-11-03 08:30:00", null, null, "2026-10-01 00:00:00", "2026-11-03 08:30:00"];
        for (var i = 0; i < seen.Length; i++)
        {
            var id = (await owner.CreateUserAsync($"{stem}{(char)('a' + i)}{i}", i % 3 == 0 ? ["staff"] : null, i % 2 == 0 ? [tag] : null))
                .GetProperty("id").GetGuid();
            if (seen[i] is { } at) await app.ExecuteSqlAsync(app.IsPostgres
                ? $"UPDATE users SET \"LastSeenAt\" = '{at}+00' WHERE \"Id\" = '{id}'"
                : $"UPDATE users SET LastSeenAt = '{at}' WHERE lower(Id) = '{id}'");
            ids.Add(id);
        }
        await (await owner.PostAsJsonAsync($"/api/v1/users/{ids[1]}/ban", new { reason = "parity" })).ShouldBeAsync(HttpStatusCode.Created);

        string[] filters = ["", $"&tag={tag}", "&role=staff", "&banned=false", $"&ids={ids[0]},{ids[3]},{ids[4]}"];
        var index = app.Services.GetRequiredService<MemberSearchIndex>();
        var expected = new List<string>();
        foreach (var few in new[] { index.FewMatches, 0 })
        {
            // 0: every search counts as many matches, so the database walks its last-seen index.
            index.FewMatches = few;
            try
            {
                foreach (var sort in new[] { "last_seen_at", "-last_seen_at" })
                    foreach (var filter in filters)
                    {
                        var query = $"q={stem.ToUpperInvariant()}&sort={sort}{filter}";
                        var served = await AllPagesAsync(owner, query);
                        Assert.Equal(await AllPagesAsync(owner, $"{query}&status={EveryStatus}"), served);
                        Assert.Equal(served.Count, served.Distinct().Count());
                        if (filter == "" && sort == "-last_seen_at") expected = served;
                    }
                var total = await owner.GetJsonAsync($"/api/v1/users?q={stem}&sort=-last_seen_at&banned=false&include_total=true&limit=1");
                Assert.Equal(seen.Length - 1, total.GetProperty("total").GetInt64());
            }
            finally
            {
                index.FewMatches = few == 0 ? 2_000 : few;
            }
        }
        // Latest first; ties by username, descending; never seen last.
        Assert.Equal([$"{stem}g6", $"{stem}c2", $"{stem}b1", $"{stem}a0", $"{stem}f5", $"{stem}e4", $"{stem}d3"], expected);
    }
}

public sealed class SearchIndexParityTests_Sqlite(SqliteApp app) : SearchIndexParityTests<SqliteApp>(app);

public sealed class SearchIndexParityTests_Postgres(PostgresApp app) : SearchIndexParityTests<PostgresApp>(app);
