using Gatehouse.Server.Infrastructure.Events;

namespace Gatehouse.Server.Features.Webhooks;

/// <summary>What a webhook may subscribe to: every committed domain event type, plus the test event.</summary>
public static class WebhookEventTypes
{
    public const string Test = "webhook.test";

    public static IReadOnlyList<string> Subscribable => DomainEventTypes.All;

    /// <summary>Events sent at most once per member per coalescing window (the latest wins).</summary>
    public static bool IsCoalesced(string type) => type == DomainEventTypes.StatusChanged;

    public static bool IsMemberEvent(string aggregateType) => aggregateType is AggregateTypes.User or AggregateTypes.Presence;
}
