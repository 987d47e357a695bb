using System.Diagnostics;
using Gatehouse.Server.Infrastructure.Events;
using Gatehouse.Tests.Features.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace Gatehouse.Tests.Infrastructure.Observability;

/// <summary>
/// One trace from the API request to everything it caused: the PATCH of a member records
/// <c>user.updated</c> with the request's trace context; the outbox delivers it to the live events
/// relay and the webhook fan-out in spans of that trace; the webhook send, minutes later if need be,
/// continues it, and the receiver gets the same trace id in <c>traceparent</c>.
/// </summary>
public abstract class TraceLinkTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp, ILiveApp, ITracedApp
{
    [Fact]
    public async Task A_member_patch_the_event_delivery_and_the_webhook_send_share_one_trace()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var owner = await app.OwnerAsync();
        var hook = await owner.CreateHookAsync(receiver.Url, ["user.updated"]);
        var member = await owner.NewMemberAsync();

        (await owner.PatchAsJsonAsync($"/api/v1/users/{member}", new { display_name = "Traced" }, null)).EnsureSuccessStatusCode();

        var request = await app.Spans.WaitForAsync(s => s.Kind == ActivityKind.Server && s.DisplayName == "PATCH /api/v1/users/{id}"
            && s.GetTagItem("url.path") as string == $"/api/v1/users/{member}", "for the PATCH request");
        var trace = request.TraceId;

        var relay = await app.Spans.WaitForAsync(s => s.TraceId == trace && s.Source.Name == OutboxTelemetry.Name
            && s.DisplayName == "deliver user.updated to live.events", "delivering the event to the live events relay");
        Assert.Equal(ActivityKind.Consumer, relay.Kind);
        // Its parent is the span that recorded the event, inside the request.
        Assert.Contains(app.Spans.Exported, s => s.SpanId == relay.ParentSpanId && s.TraceId == trace);

        var send = await app.Spans.WaitForAsync(s => s.TraceId == trace && s.DisplayName == "webhook send user.updated", "sending the webhook");
        Assert.Equal(hook.Id, send.GetTagItem("gatehouse.webhook.id"));
        // The HTTP call beneath the send carried the trace to the receiver.
        Assert.Contains(app.Spans.Exported, s => s.TraceId == trace && s.Kind == ActivityKind.Client && s.ParentSpanId == send.SpanId);
        WebhookReceiver.Received got;
        do got = await receiver.NextAsync();
        while (got.AggregateId() != member.ToString() || got.Type() != "user.updated");
        Assert.Equal(trace.ToString(), got.TraceParent?.Split('-')[1]);

        await owner.DeleteAsync($"/api/v1/webhooks/{hook.Id}");
    }
}

/// <summary>An app whose finished spans are recorded (on top of whatever exporters it configures).</summary>
public interface ITracedApp
{
    SpanRecorder Spans { get; }
}

public sealed class TracedWebhookSqliteApp : WebhookSqliteApp, ITracedApp
{
    public SpanRecorder Spans { get; } = new();

    protected override void ConfigureTestServices(IServiceCollection services) =>
        services.ConfigureOpenTelemetryTracerProvider(b => b.AddProcessor(Spans).SetSampler(new AlwaysOnSampler()));
}

public sealed class TracedWebhookPostgresApp : WebhookPostgresApp, ITracedApp
{
    public SpanRecorder Spans { get; } = new();

    protected override void ConfigureTestServices(IServiceCollection services) =>
        services.ConfigureOpenTelemetryTracerProvider(b => b.AddProcessor(Spans).SetSampler(new AlwaysOnSampler()));
}

public sealed class TraceLinkTests_Sqlite(TracedWebhookSqliteApp app) : TraceLinkTests<TracedWebhookSqliteApp>(app);

public sealed class TraceLinkTests_Postgres(TracedWebhookPostgresApp app) : TraceLinkTests<TracedWebhookPostgresApp>(app);
