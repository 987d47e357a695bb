using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Gatehouse.Tests.Infrastructure;

namespace Gatehouse.Tests.Features.Auth;

/// <summary>Members see their live sessions and end them; admins do the same for members ranked below them.</summary>
public abstract class SessionsTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp
{
    private async Task<(HttpClient Client, string Refresh)> SignInAsync(string email, string userAgent)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.UserAgent.ParseAdd(userAgent);
        var tokens = await (await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = Api.MemberPassword, refresh_in_body = true }))
            .ShouldBeAsync(HttpStatusCode.OK);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.GetProperty("access_token").GetString());
        return (client, tokens.GetProperty("refresh_token").GetString()!);
    }

    private static List<JsonElement> Items(JsonElement page) => [.. page.GetProperty("items").EnumerateArray()];

    [Fact]
    public async Task A_member_lists_their_sessions_and_ends_the_others()
    {
        var (_, _, email) = await app.MemberAsync();
        var (laptop, _) = await SignInAsync(email, "Laptop/1.0");
        var (phone, phoneRefresh) = await SignInAsync(email, "Phone/2.0");

        var sessions = Items(await laptop.GetJsonAsync("/api/v1/me/sessions"));
        Assert.Contains(sessions, s => s.GetProperty("device").GetString() == "Phone/2.0" && !s.GetProperty("current").GetBoolean());
        var current = Assert.Single(sessions, s => s.GetProperty("current").GetBoolean());
        Assert.Equal("Laptop/1.0", current.GetProperty("device").GetString());
        Assert.True(current.TryGetProperty("last_used_at", out _) && current.TryGetProperty("created_at", out _) && current.TryGetProperty("ip", out _));

        var ended = await (await laptop.DeleteAsync("/api/v1/me/sessions")).ShouldBeAsync(HttpStatusCode.OK);
        Assert.True(ended.GetProperty("revoked").GetInt32() >= 2);
        await (await phone.GetAsync("/api/v1/auth/me")).ShouldBeAsync(HttpStatusCode.Unauthorized);
        await (await app.CreateClient().PostAsJsonAsync("/api/v1/auth/refresh", new { refresh_token = phoneRefresh })).ShouldBeAsync(HttpStatusCode.Unauthorized);
        Assert.Single(Items(await laptop.GetJsonAsync("/api/v1/me/sessions")));

        // Nothing left to end: nothing changes, and the answer says so.
        Assert.Equal(0, (await (await laptop.DeleteAsync("/api/v1/me/sessions")).ShouldBeAsync(HttpStatusCode.OK)).GetProperty("revoked").GetInt32());
    }

    [Fact]
    public async Task A_member_cannot_end_someone_elses_session_through_their_own_list()
    {
        var (_, _, alice) = await app.MemberAsync();
        var (_, _, bob) = await app.MemberAsync();
        var (aliceClient, _) = await SignInAsync(alice, "A");
        var (bobClient, _) = await SignInAsync(bob, "B");
        var bobSession = Items(await bobClient.GetJsonAsync("/api/v1/me/sessions"))[0].GetProperty("id").GetGuid();
        await (await aliceClient.DeleteAsync($"/api/v1/me/sessions/{bobSession}")).ShouldBeAsync(HttpStatusCode.NotFound);
        await (await bobClient.GetAsync("/api/v1/auth/me")).ShouldBeAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_admin_sees_and_ends_a_lower_members_sessions_and_it_is_audited()
    {
        using var owner = await app.OwnerAsync();
        var (_, id, email) = await app.MemberAsync();
        var (member, _) = await SignInAsync(email, "Tablet/3.0");
        var theirs = Items(await owner.GetJsonAsync($"/api/v1/users/{id}/sessions"));
        var tablet = Assert.Single(theirs, s => s.GetProperty("device").GetString() == "Tablet/3.0");
        Assert.False(tablet.GetProperty("current").GetBoolean());

        await (await owner.DeleteAsync($"/api/v1/users/{id}/sessions/{tablet.GetProperty("id").GetGuid()}")).ShouldBeAsync(HttpStatusCode.OK);
        await (await member.GetAsync("/api/v1/auth/me")).ShouldBeAsync(HttpStatusCode.Unauthorized);
        var audit = await owner.GetJsonAsync($"/api/v1/audit?action=auth.sessions_revoked&limit=50");
        Assert.Contains(audit.GetProperty("items").EnumerateArray(), e => e.GetProperty("target_id").GetString() == id.ToString());
    }

    [Fact]
    public async Task A_moderator_cannot_end_the_sessions_of_someone_ranked_above()
    {
        var (moderator, _, _) = await app.MemberAsync("moderator");
        var (_, adminId, _) = await app.MemberAsync("admin");
        var refused = await (await moderator.DeleteAsync($"/api/v1/users/{adminId}/sessions")).ShouldBeAsync(HttpStatusCode.Forbidden);
        Assert.Equal("hierarchy", refused.ProblemType());
    }
}

public sealed class SessionsTests_Sqlite(SqliteApp app) : SessionsTests<SqliteApp>(app);

public sealed class SessionsTests_Postgres(PostgresApp app) : SessionsTests<PostgresApp>(app);
