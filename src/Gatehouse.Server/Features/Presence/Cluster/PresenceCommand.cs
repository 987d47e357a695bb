using Gatehouse.Server.Features.Presence.Model;

namespace Gatehouse.Server.Features.Presence.Cluster;

/// <summary>
/// What one node asks the others to do for a member: apply a chosen status (account-wide), or
/// close the member's gateway connections (kick, ban, disable).
/// </summary>
public sealed record PresenceCommand(string Op, string Node, Guid UserId, ChosenStatus? Status = null, string? Message = null, DateTime? ExpiresAt = null)
{
    public const string SetStatus = "set_status";
    public const string Disconnect = "disconnect";
}
