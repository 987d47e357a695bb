using Gatehouse.Server.Features.Roles;
using Gatehouse.Server.Features.Users;
using Gatehouse.Server.Infrastructure.Events;

namespace Gatehouse.Server.Infrastructure.Security;

/// <summary>
/// Who is making this request, loaded once per request from the database, so a permission or
/// role change applies to the very next request (tokens carry identity, never grants).
/// </summary>
public sealed class CurrentActor : ICurrentActorInfo
{
    public User? User { get; private set; }
    public Guid? SessionId { get; private set; }
    public IReadOnlyList<RoleGrant> DirectRoles { get; private set; } = [];
    public IReadOnlyList<PermissionDecision> Decisions { get; private set; } = [];
    private HashSet<string> _granted = [];

    public Guid? UserId => User?.Id;

    /// <summary>Set by API-key authentication when a key, not a signed-in session, makes the request.</summary>
    public Guid? ApiKeyId { get; set; }
    public bool IsAuthenticated => User is not null;
    public bool IsOwner => User?.IsOwner == true;

    /// <summary>Highest priority among the actor's own roles; the owner outranks everyone.</summary>
    public int Rank => IsOwner ? int.MaxValue : DirectRoles.Count == 0 ? -1 : DirectRoles.Max(r => r.Priority);

    public bool Has(string permission) => _granted.Contains(permission);

    /// <summary>The name of the actor's highest-priority role (analytics segments by it); null without roles.</summary>
    public string? TopRoleName => DirectRoles.Count == 0 ? null : DirectRoles.MaxBy(r => r.Priority)!.Name;

    public void Load(User user, Guid? sessionId, IReadOnlyList<RoleGrant> directRoles, IReadOnlyList<PermissionDecision> decisions)
    {
        User = user;
        SessionId = sessionId;
        DirectRoles = directRoles;
        Decisions = decisions;
        _granted = [.. decisions.Where(d => d.Granted).Select(d => d.Permission)];
    }

    /// <summary>
    /// An API key acts as its creator with exactly the key's scopes that the creator still holds
    /// now: a permission the creator lost is gone from the key on its next request.
    /// </summary>
    public void LoadApiKey(User creator, Guid apiKeyId, IReadOnlyList<RoleGrant> creatorRoles, IReadOnlyList<PermissionDecision> creatorDecisions,
        IReadOnlyCollection<string> scopes)
    {
        var all = scopes.Contains(Permissions.Administrator);
        var scoped = creatorDecisions.Select(d => d.Granted && !all && !scopes.Contains(d.Permission) ? d with { Granted = false } : d).ToList();
        Load(creator, null, creatorRoles, scoped);
        ApiKeyId = apiKeyId;
    }

    /// <summary>
    /// Lets go of the loaded actor. A real-time connection is one request that lasts for hours and
    /// the authorization middleware keeps this request's actor reachable all along; its hubs load
    /// access themselves, so the connection drops what it no longer needs.
    /// </summary>
    public void Forget()
    {
        User = null;
        SessionId = null;
        ApiKeyId = null;
        DirectRoles = [];
        Decisions = [];
        _granted = [];
    }
}
