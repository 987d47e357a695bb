namespace Gatehouse.Server.Features.Presence.Model;

/// <summary>What <c>subscribe("presence", filter)</c> returns.</summary>
/// <param name="Snapshot">Every watched user who is not offline, plus named users (user_ids) even when offline; same shape as events.</param>
/// <param name="Version">The stream position of the snapshot; events carry per-user versions to compare with the snapshot's.</param>
public sealed record PresenceSubscription(string Topic, IReadOnlyList<PresenceUpdate> Snapshot, long Version);
