using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Channels;
using Gatehouse.Tests.Features.Presence;
using Gatehouse.Tests.Infrastructure;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Gatehouse.Tests.Features.Backups;

/// <summary>
/// The <c>backups</c> live topic on real Kestrel: whoever follows it sees a run move through its
/// phases and end with the backup, pushed, where the panel used to ask every 750 ms.
/// </summary>
public sealed class BackupsLiveTests(LiveSqliteApp app) : IClassFixture<LiveSqliteApp>
{
    [Fact]
    public async Task Following_the_topic_shows_a_run_move_through_its_phases_and_end_with_its_backup()
    {
        var owner = await app.OwnerPersonAsync();
        await using var connection = LiveClients.Build(app, "/hubs/live", owner.Token, HttpTransportType.WebSockets);
        var events = Channel.CreateUnbounded<JsonElement>();
        connection.On<JsonElement>("events", batch =>
        {
            if (batch.GetProperty("topic").GetString() != "backups") return;
            foreach (var e in batch.GetProperty("events").EnumerateArray()) events.Writer.TryWrite(e.Clone());
        });
        await connection.StartAsync();
        var subscribed = await connection.InvokeAsync<JsonElement>("subscribe", "backups", new { });
        Assert.Equal("backups", subscribed.GetProperty("topic").GetString());
        Assert.Equal(JsonValueKind.Null, subscribed.GetProperty("running").ValueKind);

        var started = await (await owner.Client.PostAsync("/api/v1/backups", null)).ShouldBeAsync(HttpStatusCode.Accepted);
        var id = started.GetProperty("id").GetString();

        var seen = new List<JsonElement>();
        using (var cts = new CancellationTokenSource(LiveClients.Timeout))
        {
            while (seen.Count == 0 || seen[^1].GetProperty("state").GetString() == "running")
                seen.Add(await events.Reader.ReadAsync(cts.Token));
        }
        Assert.All(seen, e => Assert.Equal(id, e.GetProperty("id").GetString()));
        var running = seen.Take(seen.Count - 1).ToList();
        // Each phase is pushed as it begins, and only changes are pushed (never the same phase and percent twice).
        foreach (var phase in new[] { "snapshot", "pack", "seal" })
            Assert.Contains(running, e => e.GetProperty("phase").GetString() == phase);
        var steps = running.Select(e => (e.GetProperty("phase").GetString(), e.GetProperty("percent").GetInt32())).ToList();
        Assert.Equal(steps.Distinct().Count(), steps.Count);

        var last = seen[^1];
        Assert.Equal(("succeeded", "done", 100), (last.GetProperty("state").GetString(), last.GetProperty("phase").GetString(), last.GetProperty("percent").GetInt32()));
        var name = last.GetProperty("backup").GetProperty("name").GetString();
        // By the time the end is pushed, the list has the new backup (the panel refetches it then).
        var list = await owner.Client.GetFromJsonAsync<JsonElement>("/api/v1/backups");
        Assert.Contains(list.GetProperty("items").EnumerateArray(), b => b.GetProperty("name").GetString() == name);
    }

    [Fact]
    public async Task A_member_without_settings_manage_is_refused_the_topic()
    {
        var member = await app.PersonAsync();
        await using var connection = LiveClients.Build(app, "/hubs/live", member.Token, HttpTransportType.WebSockets);
        await connection.StartAsync();
        await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync<JsonElement>("subscribe", "backups", new { }));
    }
}
