using Gatehouse.Server.Features.Presence.Model;

namespace Gatehouse.Server.Features.Presence.Gateway;

/// <summary>First message on a gateway connection.</summary>
/// <param name="SessionId">This connection's session id.</param>
/// <param name="Presence">The user's own presence, in full (they may see their own invisibility).</param>
/// <param name="HeartbeatIntervalMs">Send <c>activity()</c> at most this often while the user interacts.</param>
/// <param name="IdleAfterMs">With no <c>activity()</c> for this long, the session counts as idle.</param>
public sealed record GatewayReady(
    string SessionId, Guid UserId, string Platform, PresenceUpdate Presence, long HeartbeatIntervalMs, long IdleAfterMs);
