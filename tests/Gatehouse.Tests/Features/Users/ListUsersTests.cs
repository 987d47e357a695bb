using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gatehouse.Tests.Infrastructure;

namespace Gatehouse.Tests.Features.Users;

public abstract class ListUsersTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp
{
    private static async Task<List<JsonElement>> AllPagesAsync(HttpClient client, string query)
    {
        var all = new List<JsonElement>();
        string? cursor = null;
        do
        {
            var page = await client.GetJsonAsync($"/api/v1/users?{query}&limit=2{(cursor is null ? "" : $"&cursor={cursor}")}");
            all.AddRange(page.GetProperty("items").EnumerateArray());
            cursor = page.GetProperty("next_cursor").ValueKind == JsonValueKind.Null ? null : page.GetProperty("next_cursor").GetString();
        } while (cursor is not null);
        return all;
    }

    [Theory]
    [InlineData("username")]
    [InlineData("-username")]
    [InlineData("created_at")]
    [InlineData("-created_at")]
    [InlineData("last_seen_at")]
    [InlineData("display_name")]
    [InlineData("-display_name")]
    public async Task Cursor_paging_returns_every_match_once_in_order(string sort)
    {
        using var owner = await app.OwnerAsync();
        var tag = Api.Unique("t");
        var names = new List<string>();
        for (var i = 0; i < 5; i++) names.Add((await owner.CreateUserAsync(Api.Unique("pg"), tags: [tag])).GetProperty("username").GetString()!);

        var seen = await AllPagesAsync(owner, $"tag={tag}&sort={sort}");
        var got = seen.Select(u => u.GetProperty("username").GetString()!).ToList();
        Assert.Equal(names.Order(StringComparer.Ordinal), got.Order(StringComparer.Ordinal));
        if (sort == "username") Assert.Equal(got.OrderBy(n => n.ToUpperInvariant(), StringComparer.Ordinal), got);
        if (sort == "-created_at") Assert.Equal(names.AsEnumerable().Reverse(), got);
    }

    [Fact]
    public async Task Filters_combine()
    {
        using var owner = await app.OwnerAsync();
        var tag = Api.Unique("f");
        var staff = (await owner.CreateUserAsync(Api.Unique("fs"), ["staff"], [tag])).GetProperty("id").GetGuid();
        var plain = (await owner.CreateUserAsync(Api.Unique("fp"), tags: [tag])).GetProperty("id").GetGuid();
        await (await owner.PostAsJsonAsync($"/api/v1/users/{plain}/disable", new { })).ShouldBeAsync(HttpStatusCode.OK);

        Guid[] Ids(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("id").GetGuid())];
        Assert.Equal([staff], Ids(await owner.GetJsonAsync($"/api/v1/users?tag={tag}&role=staff")));
        Assert.Equal([plain], Ids(await owner.GetJsonAsync($"/api/v1/users?tag={tag}&disabled=true")));
        var counted = await owner.GetJsonAsync($"/api/v1/users?tag={tag}&include_total=true");
        Assert.Equal(2, counted.GetProperty("total").GetInt64());
        var future = DateTime.UtcNow.AddDays(1).ToString("O");
        Assert.Empty(Ids(await owner.GetJsonAsync($"/api/v1/users?tag={tag}&created_after={Uri.EscapeDataString(future)}")));
        var byEmail = await owner.GetJsonAsync($"/api/v1/users?q={Uri.EscapeDataString("FS")}&tag={tag}");
        Assert.Equal([staff], Ids(byEmail));
    }

    [Fact]
    public async Task Display_name_sort_pages_through_equal_names_once_each_in_order()
    {
        using var owner = await app.OwnerAsync();
        var tag = Api.Unique("dn");
        var ids = new List<Guid>();
        foreach (var display in new[] { "Zoe", "Alex", "Mia", "Alex", "Bea" })
        {
            var id = (await owner.CreateUserAsync(Api.Unique("dn"), tags: [tag])).GetProperty("id").GetGuid();
            await (await owner.PatchAsJsonAsync($"/api/v1/users/{id}", new { display_name = display }, null)).ShouldBeAsync(HttpStatusCode.OK);
            ids.Add(id);
        }
        var up = (await AllPagesAsync(owner, $"tag={tag}&sort=display_name")).Select(u => u.GetProperty("display_name").GetString()).ToList();
        Assert.Equal(["Alex", "Alex", "Bea", "Mia", "Zoe"], up);
        var down = await AllPagesAsync(owner, $"tag={tag}&sort=-display_name");
        Assert.Equal(["Zoe", "Mia", "Bea", "Alex", "Alex"], down.Select(u => u.GetProperty("display_name").GetString()));
        Assert.Equal(5, down.Select(u => u.GetProperty("id").GetGuid()).Distinct().Count());
    }

    [Fact]
    public async Task Several_roles_and_statuses_match_any_of_them_and_unknown_values_are_named()
    {
        using var owner = await app.OwnerAsync();
        var tag = Api.Unique("mv");
        var staff = (await owner.CreateUserAsync(Api.Unique("mvs"), ["staff"], [tag])).GetProperty("id").GetGuid();
        var mod = (await owner.CreateUserAsync(Api.Unique("mvm"), ["moderator"], [tag])).GetProperty("id").GetGuid();
        await owner.CreateUserAsync(Api.Unique("mvp"), tags: [tag]);
        Guid[] Ids(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("id").GetGuid()).Order()];

        Assert.Equal(new[] { staff, mod }.Order(), Ids(await owner.GetJsonAsync($"/api/v1/users?tag={tag}&role=staff,moderator")));
        // Nobody of these is connected: offline matches all three, offline or online as well, online alone none.
        Assert.Equal(3, Ids(await owner.GetJsonAsync($"/api/v1/users?tag={tag}&status=online,offline")).Length);
        Assert.Empty(Ids(await owner.GetJsonAsync($"/api/v1/users?tag={tag}&status=online,idle")));

        var badRole = await (await owner.GetAsync($"/api/v1/users?role=staff,nobody-{tag}")).ShouldBeAsync(HttpStatusCode.BadRequest);
        Assert.Contains($"nobody-{tag}", badRole.GetProperty("errors").GetProperty("role")[0].GetString(), StringComparison.Ordinal);
        var badStatus = await (await owner.GetAsync("/api/v1/users?status=online,asleep")).ShouldBeAsync(HttpStatusCode.BadRequest);
        Assert.True(badStatus.GetProperty("errors").TryGetProperty("status", out _));
        var badSort = await (await owner.GetAsync("/api/v1/users?sort=status")).ShouldBeAsync(HttpStatusCode.BadRequest);
        Assert.Contains("display_name", badSort.GetProperty("errors").GetProperty("sort")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_role_renamed_shows_and_filters_by_its_new_name_on_the_very_next_request()
    {
        // Reads use the roles the request was authenticated with (this node's copy): they must be current.
        using var owner = await app.OwnerAsync();
        var (before, after) = (Api.Unique("rn"), Api.Unique("rn"));
        var role = (await (await owner.PostAsJsonAsync("/api/v1/roles", new { name = before, priority = 12 })).ShouldBeAsync(HttpStatusCode.Created))
            .GetProperty("id").GetGuid();
        var member = await owner.CreateUserAsync(Api.Unique("rnm"), [before]);
        var (id, username) = (member.GetProperty("id").GetGuid(), member.GetProperty("username").GetString());
        string ChipOf(JsonElement user) => user.GetProperty("roles").EnumerateArray().Single(r => r.GetProperty("id").GetGuid() == role).GetProperty("name").GetString()!;
        Assert.Equal(before, ChipOf(await owner.GetJsonAsync($"/api/v1/users/{id}")));
        Assert.Single((await owner.GetJsonAsync($"/api/v1/users?q={username}&role={before}")).GetProperty("items").EnumerateArray());

        await (await owner.PatchAsJsonAsync($"/api/v1/roles/{role}", new { name = after }, null)).ShouldBeAsync(HttpStatusCode.OK);

        Assert.Equal(after, ChipOf(await owner.GetJsonAsync($"/api/v1/users/{id}")));
        var found = Assert.Single((await owner.GetJsonAsync($"/api/v1/users?q={username}&role={after}")).GetProperty("items").EnumerateArray());
        Assert.Equal(after, ChipOf(found));
        await (await owner.GetAsync($"/api/v1/users?q={username}&role={before}")).ShouldBeAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Search_follows_renames_and_treats_wildcards_literally()
    {
        using var owner = await app.OwnerAsync();
        var name = Api.Unique("srch");
        var id = (await owner.CreateUserAsync(name)).GetProperty("id").GetGuid();
        Guid[] Found(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("id").GetGuid())];

        Assert.Equal([id], Found(await owner.GetJsonAsync($"/api/v1/users?q={name.ToUpperInvariant()}")));
        await (await owner.PatchAsJsonAsync($"/api/v1/users/{id}", new { display_name = "Quetzalcoatl Zebra" }, null)).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal([id], Found(await owner.GetJsonAsync("/api/v1/users?q=quetzalco")));

        foreach (var wildcard in new[] { "%", "_", "*", "?", "[" })
            Assert.Empty(Found(await owner.GetJsonAsync($"/api/v1/users?q={Uri.EscapeDataString(name + wildcard)}")));
        Assert.Contains(id, Found(await owner.GetJsonAsync("/api/v1/users?q=qu&limit=200")));
    }

    [Fact]
    public async Task Ids_fetch_exactly_the_named_members_and_bad_ids_are_named()
    {
        using var owner = await app.OwnerAsync();
        var a = (await owner.CreateUserAsync(Api.Unique("ida"))).GetProperty("id").GetGuid();
        var b = (await owner.CreateUserAsync(Api.Unique("idb"))).GetProperty("id").GetGuid();
        await owner.CreateUserAsync(Api.Unique("idc"));
        var page = await owner.GetJsonAsync($"/api/v1/users?ids={a},{b},{Guid.NewGuid()}&limit=100");
        Assert.Equal(new[] { a, b }.Order(), page.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("id").GetGuid()).Order());
        var bad = await (await owner.GetAsync($"/api/v1/users?ids={a},nope")).ShouldBeAsync(HttpStatusCode.BadRequest);
        Assert.Contains("nope", bad.GetProperty("errors").GetProperty("ids")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cursor_from_another_query_is_refused()
    {
        using var owner = await app.OwnerAsync();
        var tag = Api.Unique("c");
        for (var i = 0; i < 3; i++) await owner.CreateUserAsync(Api.Unique("c"), tags: [tag]);
        var page = await owner.GetJsonAsync($"/api/v1/users?tag={tag}&limit=1");
        var cursor = page.GetProperty("next_cursor").GetString();
        var problem = await (await owner.GetAsync($"/api/v1/users?tag={tag}&sort=-username&limit=1&cursor={cursor}")).ShouldBeAsync(HttpStatusCode.BadRequest);
        Assert.Equal("invalid-cursor", problem.ProblemType());
    }
}

public sealed class ListUsersTests_Sqlite(SqliteApp app) : ListUsersTests<SqliteApp>(app);

public sealed class ListUsersTests_Postgres(PostgresApp app) : ListUsersTests<PostgresApp>(app);
