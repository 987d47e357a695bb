using Gatehouse.Server.Features.Roles.Contracts;

namespace Gatehouse.Server.Features.Presence.Model;

/// <summary>Who may watch presence: an active account holding presence.read.</summary>
public static class PresenceAccess
{
    public static bool MayObserve(UserAccess? access, DateTime at) =>
        access is not null && access.User.IsActive(at) && access.Has(Permissions.PresenceRead);
}
