namespace Gatehouse.Server.Features.Roles.Contracts;

/// <summary>All roles of the community, loaded once per request (there are few), with look-ups by id or name.</summary>
public sealed class RoleDirectory
{
    public IReadOnlyDictionary<Guid, Role> ById { get; }
    public IReadOnlyDictionary<Guid, RoleGrant> Grants { get; }
    private readonly Dictionary<string, Role> _byName;

    public RoleDirectory(IEnumerable<Role> roles)
    {
        var list = roles.ToList();
        ById = list.ToDictionary(r => r.Id);
        Grants = list.ToDictionary(r => r.Id, RoleGrant.Of);
        _byName = list.ToDictionary(r => r.NameNormalized);
    }

    /// <summary>A role reference is the role's id or its (case-insensitive) unique name.</summary>
    public Role? Resolve(string reference) =>
        Guid.TryParse(reference, out var id) && ById.TryGetValue(id, out var byId) ? byId
        : _byName.GetValueOrDefault(Role.Normalize(reference));
}
