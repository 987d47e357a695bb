namespace Gatehouse.Server.Features.Roles.Contracts;

/// <summary>
/// The roles as the request's authentication found them: this node's copy, checked against the outbox position read
/// with the session (see the Auth feature's actor cache), so a role change committed before the request is in it.
/// Reads made for the request use it instead of loading every role again (<see cref="AccessService.RolesForReadingAsync"/>);
/// writes load their own, as they decide on what is stored when they write.
/// </summary>
public sealed class RequestRoles
{
    public RoleDirectory? Current { get; set; }
}
