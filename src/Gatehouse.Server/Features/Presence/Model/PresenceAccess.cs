using Gatehouse.Server.Features.Roles;

namespace Gatehouse.Server.Features.Presence.Model;

/// <summary>Who may watch presence: an active account holding presence.read.</summary>
public static class PresenceAccess
{
    public static bool MayObserve(UserAccess? access) =>
        access is { User: { DeletedAt: null, IsDisabled: false, IsBanned: false } } && access.Has(Permissions.PresenceRead);
}
