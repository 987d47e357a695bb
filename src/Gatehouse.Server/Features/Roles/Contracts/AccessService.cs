using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Security;

namespace Gatehouse.Server.Features.Roles.Contracts;

/// <summary>A user's roles and effective permissions, as the rule computes them.</summary>
public sealed record UserAccess(
    MemberAccount User, IReadOnlyList<RoleGrant> DirectRoles, IReadOnlyList<RoleGrant> ExpandedRoles,
    IReadOnlyList<PermissionDecision> Decisions)
{
    /// <summary>Highest priority among the user's own roles (the hierarchy rank); the owner outranks all.</summary>
    public int Rank => RankOf(User, DirectRoles);

    public bool Has(string permission) => Decisions.Any(d => d.Permission == permission && d.Granted);

    public IReadOnlyList<string> Granted => [.. Decisions.Where(d => d.Granted).Select(d => d.Permission)];

    /// <summary>What a request's <see cref="CurrentActor"/> keeps of this member.</summary>
    public ActorIdentity Identity => new(User.Id, User.Username, User.IsOwner, Rank,
        DirectRoles.Count == 0 ? null : DirectRoles.MaxBy(r => r.Priority)!.Name);

    public static int RankOf(MemberAccount user, IEnumerable<RoleGrant> directRoles) =>
        user.IsOwner ? int.MaxValue : directRoles.Select(r => r.Priority).DefaultIfEmpty(-1).Max();
}

/// <summary>Loads what the permission rule needs from the database; every endpoint goes through it.</summary>
public sealed class AccessService(GatehouseDb db, RequestRoles request)
{
    public Task<RoleDirectory> RolesAsync(CancellationToken ct) => RoleDirectory.LoadAsync(db, ct);

    /// <summary>For a read: the roles the request was authenticated with when there are (no query), else loaded.</summary>
    public Task<RoleDirectory> RolesForReadingAsync(CancellationToken ct) =>
        request.Current is { } current ? Task.FromResult(current) : RolesAsync(ct);

    public async Task<UserAccess?> ForUserAsync(Guid userId, CancellationToken ct)
    {
        var user = await MemberAccounts.FindAsync(db, userId, ct);
        return user is null ? null : Compute(user, (await RolesAsync(ct)).Grants);
    }

    public static UserAccess Compute(MemberAccount user, IReadOnlyDictionary<Guid, RoleGrant> roles) =>
        Compute(user, user.RoleIds, roles);

    /// <summary>The access the user would have with this set of roles (used to check a change before making it).</summary>
    public static UserAccess Compute(MemberAccount user, IEnumerable<Guid> roleIds, IReadOnlyDictionary<Guid, RoleGrant> roles)
    {
        var ids = roleIds.ToList();
        var direct = ids.Where(roles.ContainsKey).Select(id => roles[id]).ToList();
        var expanded = PermissionEvaluator.ExpandRoles(ids, roles);
        var subject = new PermissionSubject(user.IsOwner, user.AllowOverrides, user.DenyOverrides, ids);
        return new UserAccess(user, direct, expanded, PermissionEvaluator.DecideAll(subject, expanded));
    }
}
