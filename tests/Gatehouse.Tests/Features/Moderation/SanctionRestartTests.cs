using System.Net;
using Gatehouse.Server.Features.Moderation.Sanctions;
using Gatehouse.Server.Infrastructure.Events;
using Gatehouse.Tests.Features.Presence;
using Gatehouse.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;

namespace Gatehouse.Tests.Features.Moderation;

/// <summary>
/// Sanctions across a restart: a ban that expires while the server is down is lifted when it starts, audited and
/// announced like any expiry; a mute in force is read back into the node's copy.
/// </summary>
public abstract class SanctionRestartTests<TApp> where TApp : GatehouseApp, ILiveApp, new()
{
    [Fact]
    public async Task A_ban_that_expired_during_downtime_is_lifted_at_start() =>
        await AcrossRestartAsync("ban", whileDown: app => app.Clock.Advance(TimeSpan.FromHours(2)), async (second, member) =>
        {
            // The server was down past the ban's end.
            var lifted = await second.EventAboutAsync(DomainEventTypes.SanctionLifted, member.Id, "ban");
            Assert.Equal("expired", lifted.Payload.GetProperty("end_reason").GetString());
            await second.AccessTokenAsync(member.Email, Api.MemberPassword);
        });

    [Fact]
    public async Task A_mute_in_force_when_the_server_stopped_is_read_into_the_copy_at_start() =>
        await AcrossRestartAsync("mute", whileDown: _ => { }, async (second, member) =>
        {
            Assert.True(second.Service<MutedMembers>().Holds(member.Id));
            await using var site = await second.SiteAsync(await second.AccessTokenAsync(member.Email, Api.MemberPassword));
            var refused = await Assert.ThrowsAsync<HubException>(() => site.Gateway.SetStatusAsync("online", "hello"));
            Assert.Contains("muted", refused.Message, StringComparison.Ordinal);
        });

    /// <summary>Sanctions a new member for an hour, stops the server, then starts another on the same storage.</summary>
    private static async Task AcrossRestartAsync(string kind, Action<TApp> whileDown, Func<TApp, PresenceTestKit.Person, Task> afterStart)
    {
        var first = new TApp();
        await first.InitializeAsync();
        TApp? second = null;
        try
        {
            var member = await first.PersonAsync();
            using (var owner = await first.OwnerAsync())
                await (await owner.SanctionAsync(member.Id, kind, new { reason = "Raid", duration = "PT1H" })).ShouldBeAsync(HttpStatusCode.Created);
            await first.DisposeAsync(); // stops the host, keeps the storage

            second = new TApp();
            second.ContinueFrom(first);
            whileDown(second);
            await second.InitializeAsync();
            await afterStart(second, member);
        }
        finally
        {
            if (second is not null) await ((IAsyncLifetime)second).DisposeAsync();
            await ((IAsyncLifetime)first).DisposeAsync();
        }
    }
}

public sealed class SanctionRestartTests_Sqlite : SanctionRestartTests<ModerationSqliteApp>;

public sealed class SanctionRestartTests_Postgres : SanctionRestartTests<ModerationPostgresApp>;
