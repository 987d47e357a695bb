using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Channels;
using Gatehouse.Tests.Features.Presence;
using Gatehouse.Tests.Infrastructure;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Gatehouse.Tests.Features.Audit;

/// <summary>The <c>events</c> topic of the live hub: committed domain events, for audit.read holders.</summary>
public abstract class LiveEventsTopicTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp, ILiveApp
{
    [Fact]
    public async Task A_committed_change_reaches_an_events_subscriber_with_its_envelope()
    {
        var owner = await app.OwnerPersonAsync();
        await using var events = await EventsClient.SubscribeAsync(app, owner.Token, new { types = new[] { "user.*" } });
        Assert.Equal("events", events.Subscription.GetProperty("topic").GetString());

        var id = (await owner.Client.CreateUserAsync(Api.Unique("live"))).GetProperty("id").GetGuid().ToString();
        var created = await events.NextAsync(e => e.GetProperty("aggregate_id").GetString() == id);
        Assert.Equal("user.created", created.GetProperty("type").GetString());
        Assert.Equal(1, created.GetProperty("aggregate_version").GetInt64());
        Assert.Equal(owner.Id, created.GetProperty("actor_user_id").GetGuid());
        Assert.True(created.GetProperty("sequence").GetInt64() > events.Subscription.GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task The_topic_needs_audit_read_and_names_unknown_types()
    {
        var owner = await app.OwnerPersonAsync();
        var member = await app.PersonAsync();
        var denied = await Assert.ThrowsAsync<HubException>(() => EventsClient.SubscribeAsync(app, member.Token, null));
        Assert.Contains("audit.read", denied.Message, StringComparison.Ordinal);
        var unknown = await Assert.ThrowsAsync<HubException>(() => EventsClient.SubscribeAsync(app, owner.Token, new { types = new[] { "nope.created" } }));
        Assert.Contains("nope.created", unknown.Message, StringComparison.Ordinal);
        var topic = await Assert.ThrowsAsync<HubException>(() => EventsClient.SubscribeAsync(app, owner.Token, null, "weather"));
        Assert.Contains("weather", topic.Message, StringComparison.Ordinal);
        foreach (var known in new[] { "events", "presence" }) Assert.Contains(known, topic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Losing_audit_read_ends_the_subscription()
    {
        var owner = await app.OwnerPersonAsync();
        var role = Api.Unique("auditor");
        await (await owner.Client.PostAsJsonAsync("/api/v1/roles", new { name = role, priority = 5, permissions = new[] { "audit.read" } }))
            .ShouldBeAsync(HttpStatusCode.Created);
        var auditor = await app.PersonAsync(role);
        await using var events = await EventsClient.SubscribeAsync(app, auditor.Token, null);
        await (await owner.Client.PostAsJsonAsync($"/api/v1/users/{auditor.Id}/roles", new { remove = new[] { role } }))
            .ShouldBeAsync(HttpStatusCode.OK);
        var ended = await events.Ended.Task.WaitAsync(LiveClients.Timeout);
        Assert.Equal("events", ended.GetProperty("topic").GetString());
        Assert.Equal("forbidden", ended.GetProperty("reason").GetString());
    }
}

public sealed class LiveEventsTopicTests_Sqlite(LiveSqliteApp app) : LiveEventsTopicTests<LiveSqliteApp>(app);

public sealed class LiveEventsTopicTests_Postgres(LivePostgresApp app) : LiveEventsTopicTests<LivePostgresApp>(app);

/// <summary>A live-hub connection subscribed to the events topic.</summary>
public sealed class EventsClient : IAsyncDisposable
{
    private readonly Channel<JsonElement> _events = Channel.CreateUnbounded<JsonElement>();

    private EventsClient(HubConnection connection) => Connection = connection;

    public HubConnection Connection { get; }
    public JsonElement Subscription { get; private set; }
    public TaskCompletionSource<JsonElement> Ended { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static async Task<EventsClient> SubscribeAsync(ILiveApp app, string token, object? filter, string topic = "events")
    {
        var connection = LiveClients.Build(app, "/hubs/live", token, HttpTransportType.WebSockets);
        var client = new EventsClient(connection);
        connection.On<JsonElement>("events", batch =>
        {
            foreach (var e in batch.GetProperty("events").EnumerateArray()) client._events.Writer.TryWrite(e.Clone());
        });
        connection.On<JsonElement>("subscription.ended", e => client.Ended.TrySetResult(e));
        await connection.StartAsync();
        try
        {
            client.Subscription = await connection.InvokeAsync<JsonElement>("subscribe", topic, filter);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
        return client;
    }

    public async Task<JsonElement> NextAsync(Func<JsonElement, bool> match)
    {
        using var cts = new CancellationTokenSource(LiveClients.Timeout);
        while (true)
        {
            var e = await _events.Reader.ReadAsync(cts.Token);
            if (match(e)) return e;
        }
    }

    public async ValueTask DisposeAsync() => await Connection.DisposeAsync();
}
