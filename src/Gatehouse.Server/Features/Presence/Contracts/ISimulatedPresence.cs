using Gatehouse.Server.Features.Presence.Gateway;
using Gatehouse.Server.Features.Presence.Model;

namespace Gatehouse.Server.Features.Presence.Contracts;

/// <summary>
/// Simulated site members (the demo community) driving the real presence registry, so the panel, the live
/// hub and the SSE stream show exactly what real gateway traffic would produce.
/// </summary>
public interface ISimulatedPresence
{
    /// <summary>Opens a session of the member on a platform (web, desktop, mobile); null when the account cannot be present.</summary>
    Task<SimulatedSession?> ConnectAsync(Guid userId, string platform, CancellationToken ct);

    Task DisconnectAsync(SimulatedSession session, CancellationToken ct);

    /// <summary>An interaction on the session (what keeps a real member from going idle).</summary>
    Task InteractAsync(SimulatedSession session, CancellationToken ct);

    /// <summary>The member chooses a status (online, idle, dnd, invisible) and a custom message.</summary>
    Task SetStatusAsync(Guid userId, string status, string? message, CancellationToken ct);

    /// <summary>The member's rich activity (name and type, e.g. "playing"), or none.</summary>
    Task SetActivityAsync(Guid userId, string? name, string? type, CancellationToken ct);
}

/// <summary>One simulated gateway session.</summary>
public sealed class SimulatedSession
{
    internal SimulatedSession(GatewaySession session) => Session = session;

    internal GatewaySession Session { get; }

    public Guid UserId => Session.UserId;

    public string Platform => ClientPlatforms.Names[(int)Session.Platform];
}
