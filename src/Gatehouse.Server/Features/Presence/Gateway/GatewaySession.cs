using Gatehouse.Server.Features.Presence.Model;

namespace Gatehouse.Server.Features.Presence.Gateway;

/// <summary>
/// One open gateway connection. Kept deliberately tiny (a few dozen bytes): at 50k connections per
/// node every field here costs megabytes. Idle detection reads <see cref="LastActivityMs"/> from a
/// single periodic sweep, so a session owns no timer.
/// </summary>
public sealed class GatewaySession(string connectionId, Guid userId, ClientPlatform platform, long connectedAtMs)
{
    private long _lastActivityMs = connectedAtMs;
    private volatile bool _idle;

    public string ConnectionId { get; } = connectionId;
    public Guid UserId { get; } = userId;
    public ClientPlatform Platform { get; } = platform;

    /// <summary>Unix milliseconds of the last interaction ping (or of the connection).</summary>
    public long LastActivityMs => Volatile.Read(ref _lastActivityMs);

    /// <summary>Written under the owning user's lock; read without it on the hot ping path.</summary>
    public bool Idle
    {
        get => _idle;
        internal set => _idle = value;
    }

    internal void Touch(long nowMs) => Volatile.Write(ref _lastActivityMs, nowMs);
}
