using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Roles.Contracts;

/// <summary>All roles of the community, loaded once per request (there are few), with look-ups by id or name.</summary>
public sealed class RoleDirectory
{
    public IReadOnlyDictionary<Guid, RoleGrant> ById { get; }
    public IReadOnlyDictionary<Guid, RoleGrant> Grants => ById;
    private readonly Dictionary<string, RoleGrant> _byName;

    public RoleDirectory(IEnumerable<Role> roles)
    {
        var list = roles.ToList();
        ById = list.ToDictionary(r => r.Id, RoleGrant.Of);
        _byName = list.ToDictionary(r => r.NameNormalized, r => ById[r.Id]);
    }

    /// <summary>Every role, read without tracking.</summary>
    public static async Task<RoleDirectory> LoadAsync(GatehouseDb db, CancellationToken ct) => new(await db.Roles.AsNoTracking().ToListAsync(ct));

    /// <summary>The role a new member gets when none is given (<see cref="DefaultRoles.NewUserRole"/>); null if it was deleted.</summary>
    public RoleGrant? NewMemberRole => Resolve(DefaultRoles.NewUserRole);

    /// <summary>The built-in administrators' role (<see cref="DefaultRoles.Admin"/>).</summary>
    public RoleGrant? AdminRole => Resolve(DefaultRoles.Admin);

    /// <summary>A role reference is the role's id or its (case-insensitive) unique name.</summary>
    public RoleGrant? Resolve(string reference) =>
        Guid.TryParse(reference, out var id) && ById.TryGetValue(id, out var byId) ? byId
        : _byName.GetValueOrDefault(Role.Normalize(reference));
}
