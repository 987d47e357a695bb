using System.Text.Json;
using System.Threading.Channels;
using Gatehouse.Server.Infrastructure;
using Gatehouse.Tests.Infrastructure;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Gatehouse.Tests.Features.Presence;

/// <summary>A site user's gateway connection, as the SDK would open it.</summary>
public sealed class GatewayClient : IAsyncDisposable
{
    private readonly TaskCompletionSource<JsonElement> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private GatewayClient(HubConnection connection) => Connection = connection;

    public HubConnection Connection { get; }
    public JsonElement Ready => _ready.Task.Result;
    public Channel<JsonElement> OwnUpdates { get; } = Channel.CreateUnbounded<JsonElement>();

    public static async Task<GatewayClient> ConnectAsync(ILiveApp app, string token, string platform = "web",
        HttpTransportType transport = HttpTransportType.WebSockets, Action<HubConnection>? beforeStart = null)
    {
        var connection = LiveClients.Build(app, $"/gateway?platform={platform}", token, transport);
        var client = new GatewayClient(connection);
        beforeStart?.Invoke(connection); // handlers for what the server sends right after ready
        connection.On<JsonElement>("ready", r => client._ready.TrySetResult(r));
        connection.On<JsonElement>("presence.update", u => client.OwnUpdates.Writer.TryWrite(u));
        await connection.StartAsync();
        await client._ready.Task.WaitAsync(LiveClients.Timeout);
        return client;
    }

    public Task<JsonElement> SetStatusAsync(string status, string? message = null, DateTimeOffset? expiresAt = null) =>
        Connection.InvokeAsync<JsonElement>("setStatus", status, message, expiresAt);

    public Task<JsonElement> SetActivityAsync(object? activity) => Connection.InvokeAsync<JsonElement>("setActivity", activity);

    public Task ActivityAsync() => Connection.InvokeAsync("activity");

    public async ValueTask DisposeAsync() => await Connection.DisposeAsync();
}

/// <summary>An admin panel's live-hub connection subscribed to presence, collecting every event it is pushed.</summary>
public sealed class ObserverClient : IAsyncDisposable
{
    private readonly Channel<JsonElement> _events = Channel.CreateUnbounded<JsonElement>();
    private readonly List<JsonElement> _seen = [];

    private ObserverClient(HubConnection connection) => Connection = connection;

    public HubConnection Connection { get; }
    public JsonElement Subscription { get; private set; }
    public TaskCompletionSource<JsonElement> Ended { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    public int Batches { get; private set; }

    public static async Task<ObserverClient> SubscribeAsync(ILiveApp app, string token, object? filter = null,
        HttpTransportType transport = HttpTransportType.WebSockets)
    {
        var connection = LiveClients.Build(app, "/hubs/live", token, transport);
        var client = new ObserverClient(connection);
        connection.On<JsonElement>("events", batch =>
        {
            client.Batches++;
            foreach (var e in batch.GetProperty("events").EnumerateArray()) client._events.Writer.TryWrite(e.Clone());
        });
        connection.On<JsonElement>("subscription.ended", e => client.Ended.TrySetResult(e));
        await connection.StartAsync();
        client.Subscription = await connection.InvokeAsync<JsonElement>("subscribe", "presence", filter);
        return client;
    }

    public IEnumerable<JsonElement> Snapshot => Subscription.GetProperty("snapshot").EnumerateArray();

    /// <summary>The next event about <paramref name="userId"/> that satisfies <paramref name="match"/>; events before it are remembered.</summary>
    public async Task<JsonElement> NextAsync(Guid userId, Func<JsonElement, bool>? match = null, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? LiveClients.Timeout);
        try
        {
            while (true)
            {
                var e = await _events.Reader.ReadAsync(cts.Token);
                _seen.Add(e);
                if (e.GetProperty("user_id").GetGuid() == userId && (match?.Invoke(e) ?? true)) return e;
            }
        }
        catch (OperationCanceledException)
        {
            throw ServerWarnings.TimedOut($"a presence event about {userId}");
        }
    }

    /// <summary>The next event, whoever it is about.</summary>
    public async Task<JsonElement> ReadAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        var e = await _events.Reader.ReadAsync(cts.Token);
        _seen.Add(e);
        return e;
    }

    /// <summary>Every event received so far about a user (including ones skipped by <see cref="NextAsync"/>).</summary>
    public IReadOnlyList<JsonElement> SeenAbout(Guid userId) =>
        [.. _seen.Where(e => e.GetProperty("user_id").GetGuid() == userId)];

    public async ValueTask DisposeAsync() => await Connection.DisposeAsync();
}

public static class LiveClients
{
    // Generous: the test command runs this suite beside Chromium on two cores, and a wait that passes
    // returns as soon as its event arrives, so only a real failure ever spends it.
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public static HubConnection Build(ILiveApp app, string path, string token, HttpTransportType transport) =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(app.BaseAddress, path), transport, o => o.AccessTokenProvider = () => Task.FromResult<string?>(token))
            .AddJsonProtocol(o => GatehouseJson.Configure(o.PayloadSerializerOptions))
            .Build();

    public static string Status(this JsonElement e) => e.GetProperty("status").GetString()!;

    public static long Version(this JsonElement e) => e.GetProperty("version").GetInt64();

    public static T Service<T>(this ILiveApp app) where T : notnull => app.Services.GetRequiredService<T>();

    /// <summary>Moves the fake clock and lets the sweep that the move triggers run to completion.</summary>
    public static async Task AdvanceAsync(this ILiveApp app, TimeSpan by)
    {
        app.Clock.Advance(by);
        // The sweep runs on the thread pool right after the tick; one sweep of a handful of users
        // takes microseconds, and every assertion after this awaits its event with a timeout anyway.
        await Task.Yield();
    }
}
