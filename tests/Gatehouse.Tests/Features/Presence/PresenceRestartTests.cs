using System.Text.Json;
using Gatehouse.Tests.Infrastructure;

namespace Gatehouse.Tests.Features.Presence;

/// <summary>What survives a restart: chosen statuses and last-seen times in the rows; presence itself starts from offline.</summary>
public abstract class PresenceRestartTests<TApp> where TApp : GatehouseApp, ILiveApp, new()
{
    [Fact]
    public async Task After_a_restart_everyone_is_offline_with_the_last_seen_time_and_choices_kept()
    {
        var first = new TApp();
        await first.InitializeAsync();
        TApp? second = null;
        try
        {
            var owner = await first.OwnerPersonAsync();
            var gus = await first.PersonAsync();
            await using var observer = await ObserverClient.SubscribeAsync(first, owner.Token, new { user_ids = new[] { gus.Id } });
            var gateway = await GatewayClient.ConnectAsync(first, gus.Token);
            await gateway.SetStatusAsync("dnd", "Back soon");
            await gateway.SetActivityAsync(new { name = "Chess", type = "playing" });
            // Pings do not write: nothing is saved until the batch runs.
            for (var i = 0; i < 5; i++) await gateway.ActivityAsync();
            await gateway.DisposeAsync();
            await first.ServerDroppedAsync(gateway);
            await first.AdvanceAsync(TimeSpan.FromSeconds(11));
            var offline = await observer.NextAsync(gus.Id, e => e.Status() == "offline");
            var lastSeen = offline.GetProperty("last_seen_at").GetDateTime();
            await observer.DisposeAsync();
            await first.DisposeAsync(); // stops the host (final batch write), keeps the storage

            second = new TApp();
            second.ContinueFrom(first);
            await second.InitializeAsync();
            using var admin = await second.OwnerAsync();
            var presence = (await admin.GetJsonAsync($"/api/v1/presence?user_ids={gus.Id}")).GetProperty("items")[0];
            Assert.Equal("offline", presence.Status());
            Assert.Equal(lastSeen, presence.GetProperty("last_seen_at").GetDateTime(), TimeSpan.FromMilliseconds(1));
            var row = await admin.GetJsonAsync($"/api/v1/users/{gus.Id}");
            Assert.Equal("dnd", row.GetProperty("chosen_status").GetString());
            Assert.Equal("offline", row.GetProperty("status").GetString());
            Assert.Equal("Back soon", row.GetProperty("status_message").GetString());
            Assert.Equal(JsonValueKind.Null, row.GetProperty("activity_name").ValueKind);

            await using var again = await GatewayClient.ConnectAsync(second, await second.AccessTokenAsync(gus.Email, Api.MemberPassword));
            var ready = again.Ready.GetProperty("presence");
            Assert.Equal("dnd", ready.Status());
            Assert.Equal("Back soon", ready.GetProperty("status_message").GetString());
            Assert.True(ready.Version() > offline.Version(), "versions keep growing across a restart");
        }
        finally
        {
            if (second is not null) await ((IAsyncLifetime)second).DisposeAsync();
            await ((IAsyncLifetime)first).DisposeAsync();
        }
    }
}

public sealed class PresenceRestartTests_Sqlite : PresenceRestartTests<LiveSqliteApp>;

public sealed class PresenceRestartTests_Postgres : PresenceRestartTests<LivePostgresApp>;
