namespace Gatehouse.Server.Features.Roles;

/// <summary>What changed in who-may-do-what: one member, or the roles themselves (which may touch anyone).</summary>
public sealed record AccessChange(Guid? UserId)
{
    public bool AffectsEveryone => UserId is null;
}

/// <summary>
/// Raised after a committed change to roles, role assignments, overrides or account state, so
/// long-lived things that checked permissions once (live subscriptions) check them again.
/// </summary>
public sealed class AccessChanges
{
    public event Action<AccessChange>? Changed;

    public void UserChanged(Guid userId) => Changed?.Invoke(new AccessChange(userId));

    public void RolesChanged() => Changed?.Invoke(new AccessChange(null));
}
