using System.Net;
using System.Net.Http.Json;
using Gatehouse.Tests.Infrastructure;

namespace Gatehouse.Tests.Features.Users;

/// <summary>POST /users/batch: "select all N matches" then one call, all or nothing, one audit entry per member (issue 17, defect 7).</summary>
public abstract class UserBatchTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp
{
    private static string Tag() => "b" + Guid.NewGuid().ToString("N")[..12];

    [Fact]
    public async Task Disabling_every_match_of_a_filter_is_summarised_first_then_done_in_one_call_audited_per_member()
    {
        using var owner = await app.OwnerAsync();
        var tag = Tag();
        var ids = new List<string>();
        for (var i = 0; i < 3; i++) ids.Add((await owner.CreateUserAsync(Api.Unique("bm"), tags: [tag])).GetProperty("id").GetString()!);
        await owner.PostAsync($"/api/v1/users/{ids[0]}/disable", null);

        var summary = await (await owner.PostAsJsonAsync("/api/v1/users/batch", new { action = "disable", match = new { tag }, dry_run = true }))
            .ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal((3, 2, 1, 0), (summary.GetProperty("matched").GetInt32(), summary.GetProperty("changed").GetInt32(),
            summary.GetProperty("unchanged").GetInt32(), summary.GetProperty("refused").GetArrayLength()));
        Assert.False((await owner.GetJsonAsync($"/api/v1/users/{ids[1]}")).GetProperty("is_disabled").GetBoolean());

        var done = await (await owner.PostAsJsonAsync("/api/v1/users/batch", new { action = "disable", match = new { tag }, reason = "spam wave" }))
            .ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(2, done.GetProperty("changed").GetInt32());
        var list = await owner.GetJsonAsync($"/api/v1/users?tag={tag}&disabled=true&include_total=true");
        Assert.Equal(3, list.GetProperty("total").GetInt32());
        foreach (var id in ids.Skip(1))
        {
            var audit = await owner.GetJsonAsync($"/api/v1/audit?target_type=user&target_id={id}&action=user.disabled");
            Assert.Single(audit.GetProperty("items").EnumerateArray());
        }

        // Again: every member is already disabled, so nothing is written.
        var again = await (await owner.PostAsJsonAsync("/api/v1/users/batch", new { action = "disable", match = new { tag } })).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(0, again.GetProperty("changed").GetInt32());
        Assert.Single((await owner.GetJsonAsync($"/api/v1/audit?target_type=user&target_id={ids[1]}&action=user.disabled")).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task One_member_out_of_reach_blocks_the_whole_batch_and_is_named()
    {
        using var owner = await app.OwnerAsync();
        var me = await owner.GetJsonAsync("/api/v1/auth/me");
        var ownerId = me.TryGetProperty("user", out var u) ? u.GetProperty("id").GetString()! : me.GetProperty("id").GetString()!;
        var other = (await owner.CreateUserAsync(Api.Unique("bo"))).GetProperty("id").GetString()!;

        var dry = await (await owner.PostAsJsonAsync("/api/v1/users/batch", new { action = "disable", ids = new[] { other, ownerId }, dry_run = true }))
            .ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(ownerId, dry.GetProperty("refused")[0].GetProperty("id").GetString());

        var refused = await (await owner.PostAsJsonAsync("/api/v1/users/batch", new { action = "disable", ids = new[] { other, ownerId } }))
            .ShouldBeAsync(HttpStatusCode.Forbidden);
        Assert.Equal("batch-refused", refused.ProblemType());
        Assert.False((await owner.GetJsonAsync($"/api/v1/users/{other}")).GetProperty("is_disabled").GetBoolean());
    }

    [Fact]
    public async Task Tags_are_added_and_removed_for_the_listed_members()
    {
        using var owner = await app.OwnerAsync();
        var tag = Tag();
        var a = (await owner.CreateUserAsync(Api.Unique("bt"))).GetProperty("id").GetString()!;
        var b = (await owner.CreateUserAsync(Api.Unique("bt"))).GetProperty("id").GetString()!;
        await (await owner.PostAsJsonAsync("/api/v1/users/batch", new { action = "add_tag", ids = new[] { a, b }, tag })).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Contains(tag, (await owner.GetJsonAsync($"/api/v1/users/{b}")).GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        var removed = await (await owner.PostAsJsonAsync("/api/v1/users/batch", new { action = "remove_tag", match = new { tag }, tag })).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(2, removed.GetProperty("changed").GetInt32());
        Assert.DoesNotContain(tag, (await owner.GetJsonAsync($"/api/v1/users/{a}")).GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
    }

    [Theory]
    [InlineData("""{"action":"explode","ids":[]}""", "action")]
    [InlineData("""{"action":"disable"}""", "ids")]
    [InlineData("""{"action":"disable","ids":[],"match":{}}""", "ids")]
    [InlineData("""{"action":"add_tag","ids":[]}""", "tag")]
    [InlineData("""{"action":"add_tag","ids":[],"tag":"has space"}""", "tag")]
    [InlineData("""{"action":"disable","ids":["nope"]}""", "ids")]
    [InlineData("""{"action":"disable","match":{"role":"no-such-role"}}""", "role")]
    public async Task Bad_input_is_a_400_naming_the_field(string body, string field)
    {
        using var owner = await app.OwnerAsync();
        var response = await owner.PostAsync("/api/v1/users/batch", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        var problem = await response.ShouldBeAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), body);
    }
}

public sealed class UserBatchTests_Sqlite(SqliteApp app) : UserBatchTests<SqliteApp>(app);

public sealed class UserBatchTests_Postgres(PostgresApp app) : UserBatchTests<PostgresApp>(app);
