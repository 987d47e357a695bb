using System.Net;
using Gatehouse.Tests.Features.Presence;
using Gatehouse.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;

namespace Gatehouse.Tests.Features.Moderation;

/// <summary>The gateway side of sanctions over real Kestrel WebSockets: who is told, when, and which connections end.</summary>
public abstract class SanctionGatewayTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp, ILiveApp
{
    [Fact]
    public async Task A_page_that_connects_during_a_mute_is_told_at_once_and_one_opened_after_the_lift_is_not()
    {
        var moderator = await app.PersonAsync("moderator");
        var member = await app.PersonAsync();
        var mute = await (await moderator.Client.SanctionAsync(member.Id, "mute", new { reason = "Calm down", duration = "PT10M" }))
            .ShouldBeAsync(HttpStatusCode.Created);

        await using (var reloaded = await app.SiteAsync(member.Token))
        {
            var notice = await reloaded.NextSanctionAsync();
            Assert.Equal(mute.GetProperty("id").GetGuid(), notice.GetProperty("sanction_id").GetGuid());
            Assert.Equal("mute", notice.GetProperty("kind").GetString());
            Assert.Equal("applied", notice.GetProperty("state").GetString());
            Assert.Equal("Calm down", notice.GetProperty("reason").GetString());
            Assert.Equal(mute.GetProperty("expires_at").GetDateTime(), notice.GetProperty("until").GetDateTime(), TimeSpan.FromSeconds(1));
            await Assert.ThrowsAsync<HubException>(() => reloaded.Gateway.SetStatusAsync("online", "can I talk?"));

            await (await moderator.Client.SanctionAsync(member.Id, "unmute", new { reason = "ok" })).ShouldBeAsync(HttpStatusCode.OK);
            // The outbox tells open pages of the mute and of its lift after each commit, in order. Once this page has
            // heard the lift, neither push can still reach a page opened next (one did, in CI, when it came first).
            while (notice.GetProperty("state").GetString() != "lifted") notice = await reloaded.NextSanctionAsync();
            Assert.Equal(mute.GetProperty("id").GetGuid(), notice.GetProperty("sanction_id").GetGuid());
        }

        await using var fresh = await app.SiteAsync(member.Token);
        // The status call completes after ready; a notice sent on connect would already be queued before its answer.
        Assert.Equal("free", (await fresh.Gateway.SetStatusAsync("online", "free")).GetProperty("status_message").GetString());
        Assert.False(fresh.Sanctions.Reader.TryRead(out _));
    }

    [Fact]
    public async Task A_ban_tells_and_closes_every_connection_of_the_member_and_no_one_elses()
    {
        var moderator = await app.PersonAsync("moderator");
        var member = await app.PersonAsync();
        var bystander = await app.PersonAsync();
        await using var tab = await app.SiteAsync(member.Token);
        await using var phone = await app.SiteAsync(member.Token, Microsoft.AspNetCore.Http.Connections.HttpTransportType.ServerSentEvents);
        await using var other = await app.SiteAsync(bystander.Token);

        await (await moderator.Client.SanctionAsync(member.Id, "ban", new { reason = "Cheating" })).ShouldBeAsync(HttpStatusCode.Created);
        foreach (var site in new[] { tab, phone })
        {
            var notice = await site.NextSanctionAsync();
            Assert.Equal("ban", notice.GetProperty("kind").GetString());
            Assert.Equal(System.Text.Json.JsonValueKind.Null, notice.GetProperty("until").ValueKind); // permanent
            await site.Closed.Task.WaitAsync(LiveClients.Timeout);
        }

        // The bystander's connection still works and heard nothing.
        await other.Gateway.SetStatusAsync("dnd");
        Assert.False(other.Sanctions.Reader.TryRead(out _));
        Assert.False(other.Closed.Task.IsCompleted);
    }
}

public sealed class SanctionGatewayTests_Sqlite(ModerationSqliteApp app) : SanctionGatewayTests<ModerationSqliteApp>(app);

public sealed class SanctionGatewayTests_Postgres(ModerationPostgresApp app) : SanctionGatewayTests<ModerationPostgresApp>(app);
