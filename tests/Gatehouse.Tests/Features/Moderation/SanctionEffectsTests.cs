using System.Net;
using System.Net.Http.Json;
using Gatehouse.Server.Infrastructure.Events;
using Gatehouse.Tests.Features.Presence;
using Gatehouse.Tests.Infrastructure;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;

namespace Gatehouse.Tests.Features.Moderation;

/// <summary>Each sanction's effect, enforced by the server: on status changes, the gateway, sign-in and refresh.</summary>
public abstract class SanctionEffectsTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp, ILiveApp
{
    [Fact]
    public async Task A_warning_is_kept_in_the_history_audited_and_emits_an_event()
    {
        var moderator = await app.PersonAsync("moderator");
        var member = await app.PersonAsync();
        var created = await (await moderator.Client.SanctionAsync(member.Id, "warn", new
        {
            reason = "Spamming the lobby",
            evidence = new[] { "https://example.test/msg/1" },
            note = "second time this week",
        })).ShouldBeAsync(HttpStatusCode.Created);
        Assert.Equal("warn", created.GetProperty("kind").GetString());
        Assert.Equal(moderator.Id, created.GetProperty("moderator_id").GetGuid());

        var history = await moderator.Client.GetJsonAsync($"/api/v1/users/{member.Id}/sanctions");
        Assert.Equal(created.GetProperty("id").GetGuid(), history.GetProperty("history")[0].GetProperty("id").GetGuid());
        Assert.Equal(0, history.GetProperty("active").GetArrayLength());

        var evt = await app.EventAboutAsync(DomainEventTypes.SanctionApplied, member.Id, "warn");
        Assert.Equal("Spamming the lobby", evt.Payload.GetProperty("reason").GetString());
        using var owner = await app.OwnerAsync();
        var audit = await owner.GetJsonAsync($"/api/v1/audit?target_id={member.Id}&action=moderation.warn");
        Assert.Equal(1, audit.GetProperty("items").GetArrayLength());
        Assert.Equal(moderator.Id, audit.GetProperty("items")[0].GetProperty("actor_user_id").GetGuid());
    }

    [Fact]
    public async Task A_muted_member_is_told_at_once_and_cannot_set_a_status_message_or_activity_until_unmuted()
    {
        var moderator = await app.PersonAsync("moderator");
        var member = await app.PersonAsync();
        await using var site = await app.SiteAsync(member.Token);

        await (await moderator.Client.SanctionAsync(member.Id, "mute", new { reason = "Cool down", duration = "PT5M" }))
            .ShouldBeAsync(HttpStatusCode.Created);
        var notice = await site.NextSanctionAsync();
        Assert.Equal("mute", notice.GetProperty("kind").GetString());
        Assert.Equal("applied", notice.GetProperty("state").GetString());
        Assert.Equal("Cool down", notice.GetProperty("reason").GetString());
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime.AddMinutes(5), notice.GetProperty("until").GetDateTime(), TimeSpan.FromSeconds(1));

        var refused = await Assert.ThrowsAsync<HubException>(() => site.Gateway.SetStatusAsync("online", "hello all"));
        Assert.Contains("muted", refused.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<HubException>(() => site.Gateway.SetActivityAsync(new { name = "Chess", type = "playing" }));
        var api = await (await member.Client.SetStatusAsync(member.Id, new { status = "online", status_message = "hi" }))
            .ShouldBeAsync(HttpStatusCode.Forbidden);
        Assert.Equal("muted", api.ProblemType());
        Assert.Contains("Cool down", api.GetProperty("detail").GetString(), StringComparison.Ordinal);
        // Presence itself is not a message: a muted member still goes dnd.
        await site.Gateway.SetStatusAsync("dnd");

        var lifted = await (await moderator.Client.SanctionAsync(member.Id, "unmute", new { reason = "apologised" })).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(1, lifted.GetProperty("lifted").GetArrayLength());
        Assert.Equal("lifted", (await site.NextSanctionAsync()).GetProperty("state").GetString());
        var update = await site.Gateway.SetStatusAsync("online", "back");
        Assert.Equal("back", update.GetProperty("status_message").GetString());

        // Lifting again changes nothing: no sanction ended, no event, no audit entry.
        var again = await (await moderator.Client.SanctionAsync(member.Id, "unmute", new { })).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(0, again.GetProperty("lifted").GetArrayLength());
        using var owner = await app.OwnerAsync();
        var audit = await owner.GetJsonAsync($"/api/v1/audit?target_id={member.Id}&action=moderation.unmute");
        Assert.Equal(1, audit.GetProperty("items").GetArrayLength());
    }

    [Theory]
    [InlineData(HttpTransportType.WebSockets)]
    [InlineData(HttpTransportType.ServerSentEvents)]
    [InlineData(HttpTransportType.LongPolling)]
    public async Task A_kick_pushes_the_notice_then_closes_the_gateway_and_revokes_refresh_but_sign_in_still_works(HttpTransportType transport)
    {
        var moderator = await app.PersonAsync("moderator");
        var member = await app.PersonAsync();
        using var anon = app.CreateClient();
        var login = await (await anon.PostAsJsonAsync("/api/v1/auth/login", new { email = member.Email, password = Api.MemberPassword, refresh_in_body = true }))
            .ShouldBeAsync(HttpStatusCode.OK);
        await using var site = await app.SiteAsync(member.Token, transport);

        await (await moderator.Client.SanctionAsync(member.Id, "kick", new { reason = "Rule 3" })).ShouldBeAsync(HttpStatusCode.Created);
        Assert.Equal("kick", (await site.NextSanctionAsync()).GetProperty("kind").GetString());
        // The server awaits the push before it closes; the client may run its Closed callback before
        // the handler of a message it already received, so only "both happened" is asserted here.
        await site.Closed.Task.WaitAsync(LiveClients.Timeout);

        var refresh = await anon.PostAsJsonAsync("/api/v1/auth/refresh", new { refresh_token = login.GetProperty("refresh_token").GetString() });
        await refresh.ShouldBeAsync(HttpStatusCode.Unauthorized);
        var oldToken = await member.Client.GetAsync("/api/v1/auth/me");
        Assert.Equal(HttpStatusCode.Unauthorized, oldToken.StatusCode);
        await app.AccessTokenAsync(member.Email, Api.MemberPassword); // a kick is not a ban
    }

    [Fact]
    public async Task A_ban_closes_the_gateway_refuses_sign_in_with_why_and_until_when_and_unban_lets_them_back()
    {
        var moderator = await app.PersonAsync("moderator");
        var member = await app.PersonAsync();
        await using var site = await app.SiteAsync(member.Token);

        await (await moderator.Client.SanctionAsync(member.Id, "ban", new { reason = "Cheating", duration = 86400 })).ShouldBeAsync(HttpStatusCode.Created);
        var notice = await site.NextSanctionAsync();
        Assert.Equal("ban", notice.GetProperty("kind").GetString());
        await site.Closed.Task.WaitAsync(LiveClients.Timeout);

        using var anon = app.CreateClient();
        var refused = await (await anon.PostAsJsonAsync("/api/v1/auth/login", new { email = member.Email, password = Api.MemberPassword }))
            .ShouldBeAsync(HttpStatusCode.Forbidden);
        Assert.Equal("account-banned", refused.ProblemType());
        Assert.Contains("Cheating", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(notice.GetProperty("until").GetDateTime(), refused.GetProperty("until").GetDateTime(), TimeSpan.FromSeconds(1));
        await Assert.ThrowsAnyAsync<Exception>(() => GatewayClient.ConnectAsync(app, member.Token));
        Assert.True((await moderator.Client.GetJsonAsync($"/api/v1/users/{member.Id}")).GetProperty("is_banned").GetBoolean());

        await (await moderator.Client.SanctionAsync(member.Id, "unban", new { reason = "appeal accepted" })).ShouldBeAsync(HttpStatusCode.OK);
        await app.AccessTokenAsync(member.Email, Api.MemberPassword);
        await app.EventAboutAsync(DomainEventTypes.SanctionLifted, member.Id, "ban");
    }

    [Fact]
    public async Task A_timed_ban_ends_by_itself_on_the_clock_audited_as_the_system()
    {
        var moderator = await app.PersonAsync("moderator");
        var member = await app.PersonAsync();
        var ban = await (await moderator.Client.SanctionAsync(member.Id, "ban", new { reason = "Flooding", duration = "PT2H" }))
            .ShouldBeAsync(HttpStatusCode.Created);
        var id = ban.GetProperty("id").GetString();

        app.Clock.Advance(TimeSpan.FromHours(1));
        // CI saw a 500 here once (2026-12-04) that no rerun reproduced: a failure quotes the answer and the server's warnings.
        var stillBanned = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email = member.Email, password = Api.MemberPassword });
        Assert.True(stillBanned.StatusCode == HttpStatusCode.Forbidden,
            $"{(int)stillBanned.StatusCode} {await stillBanned.Content.ReadAsStringAsync()}\n{ServerWarnings.Recent(40)}");

        app.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));
        var lifted = await app.Events().WaitForAsync(e => e.Type == DomainEventTypes.SanctionLifted && e.AggregateId == id);
        Assert.Equal("expired", lifted.Payload.GetProperty("end_reason").GetString());
        Assert.Null(lifted.ActorUserId);
        await app.AccessTokenAsync(member.Email, Api.MemberPassword);

        using var owner = await app.OwnerAsync();
        var audit = (await owner.GetJsonAsync($"/api/v1/audit?target_id={member.Id}&action=moderation.ban_expired")).GetProperty("items");
        Assert.Equal(1, audit.GetArrayLength());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, audit[0].GetProperty("actor_user_id").ValueKind);
        var history = await owner.GetJsonAsync($"/api/v1/users/{member.Id}/sanctions");
        Assert.False(history.GetProperty("history")[0].GetProperty("active").GetBoolean());
    }
}

public sealed class SanctionEffectsTests_Sqlite(ModerationSqliteApp app) : SanctionEffectsTests<ModerationSqliteApp>(app);

public sealed class SanctionEffectsTests_Postgres(ModerationPostgresApp app) : SanctionEffectsTests<ModerationPostgresApp>(app);
