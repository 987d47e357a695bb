using System.Net;
using System.Net.Http.Json;
using Gatehouse.Tests.Infrastructure;

namespace Gatehouse.Tests.Features.Users;

public abstract class UsersCrudTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp
{
    [Fact]
    public async Task Create_then_get_returns_the_member_with_default_role_and_etag()
    {
        using var owner = await app.OwnerAsync();
        var name = Api.Unique("alex");
        var created = await owner.PostAsJsonAsync("/api/v1/users", new { username = name, email = $"{name}@example.test", display_name = "Alex Martin" });
        var user = await created.ShouldBeAsync(HttpStatusCode.Created);
        Assert.Equal($"/api/v1/users/{user.GetProperty("id").GetGuid()}", created.Headers.Location?.ToString());
        Assert.Equal("\"1\"", created.Headers.ETag?.ToString());

        var fetched = await owner.GetJsonAsync($"/api/v1/users/{user.GetProperty("id").GetGuid()}");
        Assert.Equal("Alex Martin", fetched.GetProperty("display_name").GetString());
        Assert.Equal("member", fetched.GetProperty("roles")[0].GetProperty("name").GetString());
        Assert.Equal(0, fetched.GetProperty("permissions").GetArrayLength());
    }

    [Theory]
    [InlineData("username")]
    [InlineData("email")]
    public async Task Duplicates_ignore_case_and_the_409_names_the_field(string field)
    {
        using var owner = await app.OwnerAsync();
        var name = Api.Unique("dup");
        await owner.CreateUserAsync(name);
        var other = Api.Unique("other");
        var body = field == "username"
            ? new { username = name.ToUpperInvariant(), email = $"{other}@example.test" }
            : new { username = other, email = $"{name}@EXAMPLE.test".ToUpperInvariant() };
        var problem = await (await owner.PostAsJsonAsync("/api/v1/users", body)).ShouldBeAsync(HttpStatusCode.Conflict);
        Assert.Equal("duplicate", problem.ProblemType());
        Assert.Contains(field, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(field, problem.GetProperty("field").GetString());
    }

    [Fact]
    public async Task A_username_and_an_email_both_taken_by_two_others_name_the_username_and_a_member_never_clashes_with_itself()
    {
        using var owner = await app.OwnerAsync();
        var (first, second) = (Api.Unique("dupa"), Api.Unique("dupb"));
        var firstId = (await owner.CreateUserAsync(first)).GetProperty("id").GetGuid();
        await owner.CreateUserAsync(second);

        var problem = await (await owner.PostAsJsonAsync("/api/v1/users", new { username = first, email = $"{second}@example.test" }))
            .ShouldBeAsync(HttpStatusCode.Conflict);
        Assert.Equal("username", problem.GetProperty("field").GetString());
        // Its own name and address, given again in another case: no clash; the other's address: a clash on the e-mail.
        await (await owner.PatchAsJsonAsync($"/api/v1/users/{firstId}", new { username = first.ToUpperInvariant(), email = $"{first}@EXAMPLE.test" }, null))
            .ShouldBeAsync(HttpStatusCode.OK);
        problem = await (await owner.PatchAsJsonAsync($"/api/v1/users/{firstId}", new { username = first, email = $"{second}@example.test" }, null))
            .ShouldBeAsync(HttpStatusCode.Conflict);
        Assert.Equal("email", problem.GetProperty("field").GetString());
    }

    [Fact]
    public async Task Validation_errors_name_each_bad_field()
    {
        using var owner = await app.OwnerAsync();
        var problem = await (await owner.PostAsJsonAsync("/api/v1/users", new
        {
            username = "a b",
            email = "not-an-email",
            password = "short",
            avatar_url = "javascript:alert(1)",
            tags = new[] { "ok", "no spaces" },
        })).ShouldBeAsync(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        foreach (var field in new[] { "username", "email", "password", "avatar_url", "tags" })
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}: {errors}");
    }

    [Fact]
    public async Task Errors_speak_french_when_asked()
    {
        using var owner = await app.OwnerAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/users") { Content = JsonContent.Create(new { username = "ok-name" }) };
        request.Headers.AcceptLanguage.ParseAdd("fr-FR");
        var problem = await (await owner.SendAsync(request)).ShouldBeAsync(HttpStatusCode.BadRequest);
        Assert.Equal("Ce champ est obligatoire.", problem.GetProperty("errors").GetProperty("email")[0].GetString());
    }

    [Fact]
    public async Task Patch_with_a_stale_etag_is_refused_with_412_and_changes_nothing()
    {
        using var owner = await app.OwnerAsync();
        var id = (await owner.CreateUserAsync(Api.Unique("etag"))).GetProperty("id").GetGuid();
        var first = await owner.PatchAsJsonAsync($"/api/v1/users/{id}", new { display_name = "First" }, "\"1\"");
        await first.ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal("\"2\"", first.Headers.ETag?.ToString());

        var stale = await (await owner.PatchAsJsonAsync($"/api/v1/users/{id}", new { display_name = "Second" }, "\"1\""))
            .ShouldBeAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal("precondition-failed", stale.ProblemType());
        Assert.Equal("First", (await owner.GetJsonAsync($"/api/v1/users/{id}")).GetProperty("display_name").GetString());
    }

    [Fact]
    public async Task Patch_roles_replaces_the_set_like_the_spec_example()
    {
        using var owner = await app.OwnerAsync();
        var id = (await owner.CreateUserAsync(Api.Unique("alexm"))).GetProperty("id").GetGuid();
        var updated = await (await owner.PatchAsJsonAsync($"/api/v1/users/{id}", new
        {
            display_name = "Alex Martin",
            status = "dnd",
            status_message = "En réunion",
            roles = new[] { "admin", "staff" },
            tags = new[] { "beta", "fr" },
        }, null)).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(["admin", "staff"], updated.GetProperty("roles").EnumerateArray().Select(r => r.GetProperty("name").GetString()!).ToArray());
        Assert.Equal("dnd", updated.GetProperty("chosen_status").GetString());
        Assert.Equal("offline", updated.GetProperty("status").GetString()); // no session: the live status does not pretend
        Assert.Equal(["beta", "fr"], updated.GetProperty("tags").EnumerateArray().Select(t => t.GetString()!).ToArray());
    }

    [Fact]
    public async Task Soft_deleted_members_disappear_from_reads_and_lists()
    {
        using var owner = await app.OwnerAsync();
        var name = Api.Unique("gone");
        var id = (await owner.CreateUserAsync(name)).GetProperty("id").GetGuid();
        await (await owner.DeleteAsync($"/api/v1/users/{id}")).ShouldBeAsync(HttpStatusCode.NoContent);
        await (await owner.GetAsync($"/api/v1/users/{id}")).ShouldBeAsync(HttpStatusCode.NotFound);
        var list = await owner.GetJsonAsync($"/api/v1/users?q={name}");
        Assert.Equal(0, list.GetProperty("items").GetArrayLength());
        var withDeleted = await owner.GetJsonAsync($"/api/v1/users?q={name}&include_deleted=true");
        Assert.Equal(1, withDeleted.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Disable_then_enable_round_trips_and_is_audited()
    {
        using var owner = await app.OwnerAsync();
        var id = (await owner.CreateUserAsync(Api.Unique("dis"))).GetProperty("id").GetGuid();
        var disabled = await (await owner.PostAsJsonAsync($"/api/v1/users/{id}/disable", new { reason = "holiday" })).ShouldBeAsync(HttpStatusCode.OK);
        Assert.True(disabled.GetProperty("is_disabled").GetBoolean());
        var enabled = await (await owner.PostAsync($"/api/v1/users/{id}/enable", null)).ShouldBeAsync(HttpStatusCode.OK);
        Assert.False(enabled.GetProperty("is_disabled").GetBoolean());
        var audit = await owner.GetJsonAsync($"/api/v1/audit?target_type=user&target_id={id}");
        var actions = audit.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("action").GetString()!).ToList();
        Assert.Equal(["user.enabled", "user.disabled", "user.created"], actions);
    }

    [Fact]
    public async Task Assign_adds_and_removes_roles_by_name_or_id()
    {
        using var owner = await app.OwnerAsync();
        var roles = await owner.GetJsonAsync("/api/v1/roles");
        var staffId = roles.EnumerateArray().First(r => r.GetProperty("name").GetString() == "staff").GetProperty("id").GetGuid();
        var id = (await owner.CreateUserAsync(Api.Unique("assign"))).GetProperty("id").GetGuid();
        var after = await (await owner.PostAsJsonAsync($"/api/v1/users/{id}/roles",
            new { add = new[] { staffId.ToString(), "moderator" }, remove = new[] { "member" } })).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(["moderator", "staff"], after.GetProperty("roles").EnumerateArray().Select(r => r.GetProperty("name").GetString()!).ToArray());

        var unknown = await (await owner.PostAsJsonAsync($"/api/v1/users/{id}/roles", new { add = new[] { "wizard" } })).ShouldBeAsync(HttpStatusCode.BadRequest);
        Assert.Contains("wizard", unknown.GetProperty("errors").GetProperty("add")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Idempotency_key_replays_the_first_answer_and_refuses_a_different_body()
    {
        using var owner = await app.OwnerAsync();
        var name = Api.Unique("idem");
        var key = Guid.NewGuid().ToString();
        HttpRequestMessage Request(string username)
        {
            var r = new HttpRequestMessage(HttpMethod.Post, "/api/v1/users") { Content = JsonContent.Create(new { username, email = $"{username}@example.test" }) };
            r.Headers.Add("Idempotency-Key", key);
            return r;
        }
        var first = await (await owner.SendAsync(Request(name))).ShouldBeAsync(HttpStatusCode.Created);
        var again = await owner.SendAsync(Request(name));
        var replay = await again.ShouldBeAsync(HttpStatusCode.Created);
        Assert.Equal(first.GetProperty("id").GetGuid(), replay.GetProperty("id").GetGuid());
        Assert.True(again.Headers.Contains("Idempotent-Replayed"));
        var list = await owner.GetJsonAsync($"/api/v1/users?q={name}");
        Assert.Equal(1, list.GetProperty("items").GetArrayLength());

        await (await owner.SendAsync(Request(Api.Unique("idem")))).ShouldBeAsync(HttpStatusCode.UnprocessableEntity);
    }
}

public sealed class UsersCrudTests_Sqlite(SqliteApp app) : UsersCrudTests<SqliteApp>(app);

public sealed class UsersCrudTests_Postgres(PostgresApp app) : UsersCrudTests<PostgresApp>(app);
