using System.Diagnostics;
using System.Text.Json;
using System.Threading.Channels;
using Gatehouse.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;

namespace Gatehouse.Tests.Features.Cluster;

/// <summary>An admin's live-hub connection to one node, subscribed to presence; every event is kept with when it arrived.</summary>
public sealed class ClusterObserver : IAsyncDisposable
{
    private readonly HubConnection _connection;
    private readonly Channel<(JsonElement Event, long At)> _events = Channel.CreateUnbounded<(JsonElement, long)>();
    private readonly List<(JsonElement Event, long At)> _seen = [];

    private ClusterObserver(HubConnection connection) => _connection = connection;

    public JsonElement Subscription { get; private set; }

    public static async Task<ClusterObserver> SubscribeAsync(Uri node)
    {
        var token = await ClusterFixture.TokenAsync(node, GatehouseApp.OwnerEmail, GatehouseApp.OwnerPassword);
        var observer = new ClusterObserver(ClusterFixture.Hub(node, "/hubs/live", token));
        observer._connection.On<JsonElement>("events", batch =>
        {
            foreach (var e in batch.GetProperty("events").EnumerateArray()) observer._events.Writer.TryWrite((e.Clone(), Stopwatch.GetTimestamp()));
        });
        await observer._connection.StartAsync();
        observer.Subscription = await observer._connection.InvokeAsync<JsonElement>("subscribe", "presence", null);
        return observer;
    }

    /// <summary>The next event about the member that matches, and the timestamp it arrived at.</summary>
    public async Task<(JsonElement Event, long At)> NextAsync(Guid userId, Func<JsonElement, bool> match, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        while (true)
        {
            var item = await _events.Reader.ReadAsync(cts.Token);
            _seen.Add(item);
            if (item.Event.GetProperty("user_id").GetGuid() == userId && match(item.Event)) return item;
        }
    }

    /// <summary>Every event received about the member so far, in arrival order.</summary>
    public IReadOnlyList<JsonElement> SeenAbout(Guid userId)
    {
        while (_events.Reader.TryRead(out var item)) _seen.Add(item);
        return [.. _seen.Where(e => e.Event.GetProperty("user_id").GetGuid() == userId).Select(e => e.Event)];
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
