namespace Gatehouse.Server.Infrastructure.Realtime;

/// <summary>Client methods the live hub calls, and why a subscription ends; the same for every topic.</summary>
public static class LiveProtocol
{
    /// <summary>A batch of events of one topic (<see cref="LiveBatch{T}"/>).</summary>
    public const string EventsMethod = "events";

    /// <summary>The server ended a subscription (<see cref="SubscriptionEnded"/>).</summary>
    public const string EndedMethod = "subscription.ended";

    public const string ReasonForbidden = "forbidden";
    public const string ReasonSlowConsumer = "slow_consumer";
    public const string ReasonUnsubscribed = "unsubscribed";
}

/// <summary>A batch pushed to a live-hub subscriber (client method <c>events</c>).</summary>
public sealed record LiveBatch<T>(string Topic, IReadOnlyList<T> Events);

/// <summary>Pushed (client method <c>subscription.ended</c>) when the server ends a subscription, e.g. the permission was lost.</summary>
public sealed record SubscriptionEnded(string Topic, string Reason);
