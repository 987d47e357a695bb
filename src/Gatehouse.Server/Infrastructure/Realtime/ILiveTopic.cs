namespace Gatehouse.Server.Infrastructure.Realtime;

/// <summary>
/// A stream observers can follow on <c>/hubs/live</c> with <c>subscribe(name, filter)</c>. A feature
/// registers one with <see cref="RealtimeModule.AddLiveTopic{T}"/>; the hub checks the permission,
/// binds the filter to <see cref="FilterType"/> and hands over. Topics are scoped services (one per
/// hub call), so they may use the request's database and access services.
/// </summary>
public interface ILiveTopic
{
    string Name { get; }

    /// <summary>Checked on an active account before <see cref="SubscribeAsync"/>; the topic re-checks it when access changes.</summary>
    string Permission { get; }

    /// <summary>The JSON filter is bound to this type (snake_case, unknown fields refused); null when the client sends none.</summary>
    Type FilterType { get; }

    /// <summary>
    /// Validates the filter (a bad one is a <c>HubException</c> that says what is wrong), attaches the
    /// subscriber to the topic's stream, then reads the snapshot: a change in between is queued, never lost.
    /// </summary>
    Task<LiveTopicSubscription> SubscribeAsync(LiveSubscriber subscriber, object? filter, CancellationToken ct);
}

/// <summary>The live-hub connection that subscribes.</summary>
public sealed record LiveSubscriber(string ConnectionId, Guid UserId, Microsoft.AspNetCore.SignalR.HubCallerContext Context);

/// <param name="Response">What <c>subscribe</c> answers: usually the topic, a snapshot and the stream version it is at.</param>
/// <param name="Handle">Ends the subscription (unsubscribe, disconnect, a new subscription to the same topic).</param>
public sealed record LiveTopicSubscription(object Response, ILiveSubscription Handle);

/// <summary>One running subscription of one connection to one topic.</summary>
public interface ILiveSubscription
{
    /// <summary>Ends it and tells the client why (best effort); ending twice does nothing.</summary>
    Task EndAsync(string reason);

    /// <summary>Runs <paramref name="whenEnded"/> once it has ended, whoever ended it (at once if it already has).</summary>
    void OnEnded(Action whenEnded);
}
