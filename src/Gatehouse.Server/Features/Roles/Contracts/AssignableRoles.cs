using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Security;

namespace Gatehouse.Server.Features.Roles.Contracts;

/// <summary>A role as other features show it: enough to name and draw it.</summary>
public sealed record RoleRef(Guid Id, string Name, string? Color);

/// <summary>
/// Role references another feature hands out later (an invite's roles): resolved now, and held to the
/// hierarchy of the person handing them out, so nobody gives through a feature what they could not assign.
/// </summary>
public static class AssignableRoles
{
    /// <summary>Resolves ids or names; unknown ones become errors on <paramref name="field"/>.</summary>
    public static List<Guid> Resolve(RoleDirectory roles, IEnumerable<string>? references, string field, Validator v)
    {
        var found = new List<Guid>();
        foreach (var reference in references ?? [])
        {
            if (roles.Resolve(reference) is not { } role) v.Add(field, Messages.Get("role.unknown", reference));
            else if (!found.Contains(role.Id)) found.Add(role.Id);
        }
        return found;
    }

    /// <summary>Null when the actor may assign every one of the roles, else the reason.</summary>
    public static string? CheckActorMayAssign(CurrentActor actor, RoleDirectory roles, IEnumerable<Guid> roleIds) =>
        roleIds.Select(id => Hierarchy.CanAssign(actor, roles.ById[id])).FirstOrDefault(reason => reason is not null);

    /// <summary>The roles that still exist, for display.</summary>
    public static IReadOnlyList<RoleRef> Describe(RoleDirectory roles, IEnumerable<Guid> roleIds) =>
        [.. roleIds.Where(roles.ById.ContainsKey).Select(id => roles.ById[id]).Select(r => new RoleRef(r.Id, r.Name, r.Color))];
}
