namespace Gatehouse.Server.Features.Webhooks;

/// <summary>
/// One event for one webhook: created once per (webhook, event) by the fan-out, attempted by the
/// delivery worker until it succeeds or the retry schedule runs out. The row is the durable queue:
/// a restart resumes from it.
/// </summary>
public sealed class WebhookDelivery
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid WebhookId { get; set; }
    /// <summary>The domain event (or test event) delivered; unique per webhook, so a redelivered event adds nothing.</summary>
    public Guid EventId { get; set; }
    public string EventType { get; set; } = "";
    /// <summary>Commit order of the event: deliveries of one webhook go out in this order (test events: 0, first).</summary>
    public long Sequence { get; set; }
    /// <summary>Coalescing key for high-volume events (the member of a <c>status.changed</c>).</summary>
    public string? CoalesceKey { get; set; }
    public long AggregateVersion { get; set; }
    /// <summary>W3C trace context of the request behind the event (or the test/replay): the send continues its trace.</summary>
    public string? TraceParent { get; set; }
    /// <summary>The exact JSON body sent (the signature covers these bytes).</summary>
    public string Body { get; set; } = "{}";
    public string Status { get; set; } = DeliveryStatuses.Pending;
    public int Attempts { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? NextAttemptAt { get; set; }
    public DateTime? LastAttemptAt { get; set; }
    /// <summary>Headers of the last attempt (signatures included: they prove nothing without the secret).</summary>
    public string? RequestHeaders { get; set; }
    public int? ResponseStatus { get; set; }
    /// <summary>At most <see cref="WebhooksOptions.ResponseBodyCap"/> bytes of the receiver's answer.</summary>
    public string? ResponseBody { get; set; }
    public int? DurationMs { get; set; }
    public string? Error { get; set; }
}

public static class DeliveryStatuses
{
    public const string Pending = "pending";
    public const string Succeeded = "succeeded";
    /// <summary>Every attempt of the schedule failed.</summary>
    public const string Failed = "failed";
    public static readonly string[] All = [Pending, Succeeded, Failed];
}
