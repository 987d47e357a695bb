using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Channels;
using Gatehouse.Server.Features.Webhooks;
using Gatehouse.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Gatehouse.Tests.Features.Webhooks;

/// <summary>Webhook settings of the tests: loopback receivers allowed, a one-hour auto-disable so the fake clock can reach it.</summary>
public static class WebhookSettings
{
    public static IReadOnlyDictionary<string, string?> With(IReadOnlyDictionary<string, string?> settings, IReadOnlyDictionary<string, string?> more)
    {
        var all = new Dictionary<string, string?>(settings)
        {
            ["Gatehouse:Webhooks:AllowLoopback"] = "true",
            ["Gatehouse:Webhooks:DisableAfter"] = "01:00:00",
        };
        foreach (var (k, v) in more) all[k] = v;
        return all;
    }
}

public interface IWebhookApp
{
    /// <summary>Settings a test adds before starting the app.</summary>
    Dictionary<string, string?> More { get; }
}

public class WebhookSqliteApp : LiveSqliteApp, IWebhookApp
{
    public Dictionary<string, string?> More { get; } = [];
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => WebhookSettings.With(base.ExtraSettings, More);
}

public class WebhookPostgresApp : LivePostgresApp, IWebhookApp
{
    public Dictionary<string, string?> More { get; } = [];
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => WebhookSettings.With(base.ExtraSettings, More);
}

/// <summary>Creating webhooks and following the delivery worker, as the tests need.</summary>
public static class WebhookKit
{
    public sealed record CreatedHook(Guid Id, string Secret, JsonElement Body);

    public static async Task<CreatedHook> CreateHookAsync(this HttpClient admin, Uri url, string[] eventTypes, object? extra = null)
    {
        var body = new Dictionary<string, object?> { ["url"] = url.ToString(), ["event_types"] = eventTypes };
        if (extra is not null)
            foreach (var p in extra.GetType().GetProperties()) body[p.Name] = p.GetValue(extra);
        var created = await (await admin.PostAsJsonAsync("/api/v1/webhooks", body)).ShouldBeAsync(HttpStatusCode.Created);
        return new CreatedHook(created.GetProperty("webhook").GetProperty("id").GetGuid(), created.GetProperty("secret").GetString()!, created);
    }

    public static async Task<List<JsonElement>> DeliveriesAsync(this HttpClient admin, Guid hookId) =>
        [.. (await admin.GetJsonAsync($"/api/v1/webhooks/{hookId}/deliveries?limit=200")).GetProperty("items").EnumerateArray()];

    /// <summary>Attempts the worker records, as they are committed.</summary>
    public static Channel<Guid> FollowAttempts(this GatehouseApp app)
    {
        var channel = Channel.CreateUnbounded<Guid>();
        app.Services.GetRequiredService<WebhookSignal>().AttemptRecorded += id => channel.Writer.TryWrite(id);
        return channel;
    }

    /// <summary>Event types as the fan-out queues them for webhooks.</summary>
    public static Channel<string> FollowQueued(this GatehouseApp app)
    {
        var channel = Channel.CreateUnbounded<string>();
        app.Services.GetRequiredService<WebhookSignal>().EventQueued += type => channel.Writer.TryWrite(type);
        return channel;
    }

    public static async Task<T> NextAsync<T>(this Channel<T> attempts)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        try
        {
            return await attempts.Reader.ReadAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            throw ServerWarnings.TimedOut($"the next {typeof(T).Name} from the webhook worker");
        }
    }

    /// <summary>Creates a member as the owner; the <c>user.created</c> event carries their id.</summary>
    public static async Task<Guid> NewMemberAsync(this HttpClient owner) => (await owner.CreateUserAsync(Api.Unique("wh"))).GetProperty("id").GetGuid();

    public static string AggregateId(this WebhookReceiver.Received r) =>
        JsonDocument.Parse(r.Body).RootElement.GetProperty("event").GetProperty("aggregate_id").GetString()!;

    public static string Type(this WebhookReceiver.Received r) => JsonDocument.Parse(r.Body).RootElement.GetProperty("type").GetString()!;
}
