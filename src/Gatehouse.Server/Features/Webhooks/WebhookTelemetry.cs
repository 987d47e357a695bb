using System.Diagnostics;
using System.Diagnostics.Metrics;
using Gatehouse.Server.Infrastructure.Observability;

namespace Gatehouse.Server.Features.Webhooks;

/// <summary>
/// The webhooks' meter and spans: attempts by outcome, the queue of pending deliveries, and one span
/// per send whose parent is the request behind the event, so a receiver's trace starts in the API call.
/// </summary>
public sealed class WebhookTelemetry : IDisposable
{
    public const string Name = ObservabilityModule.NamePrefix + "Webhooks";

    private readonly Meter _meter;
    private readonly Counter<long> _attempts;
    private long _queueDepth;

    public WebhookTelemetry(IMeterFactory meters)
    {
        _meter = meters.Create(Name);
        _attempts = _meter.CreateCounter<long>("gatehouse.webhooks.attempts", "{attempt}", "Delivery attempts by outcome (succeeded, failed)");
        _meter.CreateObservableGauge("gatehouse.webhooks.queue.depth", () => Interlocked.Read(ref _queueDepth), "{delivery}",
            "Pending deliveries, as last counted by the delivery worker (on the node that runs it)");
    }

    public ActivitySource Source { get; } = new(Name);

    public Activity? StartSend(Webhook hook, WebhookDelivery delivery) =>
        Source.StartActivity($"webhook send {delivery.EventType}", ActivityKind.Producer, TraceContext.Parse(delivery.TraceParent),
        [
            new("gatehouse.webhook.id", hook.Id),
            new("gatehouse.webhook.delivery_id", delivery.Id),
            new("gatehouse.event.type", delivery.EventType),
            new("gatehouse.webhook.attempt", delivery.Attempts + 1),
        ]);

    public void Attempted(bool succeeded) =>
        _attempts.Add(1, new KeyValuePair<string, object?>("outcome", succeeded ? DeliveryStatuses.Succeeded : DeliveryStatuses.Failed));

    public void QueueCounted(long pending) => Interlocked.Exchange(ref _queueDepth, pending);

    public void Dispose()
    {
        Source.Dispose();
        _meter.Dispose();
    }
}
