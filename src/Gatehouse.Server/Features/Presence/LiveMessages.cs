namespace Gatehouse.Server.Features.Presence;

/// <summary>What <c>subscribe("presence", filter)</c> returns.</summary>
/// <param name="Snapshot">Every watched user who is not offline, plus named users (user_ids) even when offline; same shape as events.</param>
/// <param name="Version">The stream position of the snapshot; events carry per-user versions to compare with the snapshot's.</param>
public sealed record PresenceSubscription(string Topic, IReadOnlyList<PresenceUpdate> Snapshot, long Version);

/// <summary>A batch pushed to a live-hub subscriber (client method <c>events</c>).</summary>
public sealed record LiveBatch(string Topic, IReadOnlyList<PresenceUpdate> Events);

/// <summary>Pushed (client method <c>subscription.ended</c>) when the server ends a subscription, e.g. the permission was lost.</summary>
public sealed record SubscriptionEnded(string Topic, string Reason);
