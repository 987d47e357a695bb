using Gatehouse.Server.Infrastructure.Events;

namespace Gatehouse.Server.Infrastructure.Security;

/// <summary>
/// Who is making this request, loaded once per request from the database, so a permission or
/// role change applies to the very next request (tokens carry identity, never grants). The auth
/// features fill it from the Roles contract; it holds only plain values so infrastructure knows
/// no feature.
/// </summary>
public sealed class CurrentActor : ICurrentActorInfo
{
    public Guid? UserId { get; private set; }
    public string? Username { get; private set; }
    public Guid? SessionId { get; private set; }
    private HashSet<string> _granted = [];

    /// <summary>The permissions the actor holds now, in catalogue order.</summary>
    public IReadOnlyList<string> Granted { get; private set; } = [];

    /// <summary>Set by API-key authentication when a key, not a signed-in session, makes the request.</summary>
    public Guid? ApiKeyId { get; private set; }
    public bool IsAuthenticated => UserId is not null;
    public bool IsOwner { get; private set; }

    /// <summary>
    /// The member proved who they are (password or code) within the step-up window in this session.
    /// API keys are never interactive and are not asked (their scopes bound them instead).
    /// </summary>
    public bool IsSteppedUp { get; set; }

    /// <summary>The member's roles require two-factor sign-in and they have not enrolled yet: only self-service endpoints answer.</summary>
    public bool MustEnrolTwoFactor { get; set; }

    /// <summary>Refuses a dangerous action without a fresh step-up (403 <c>step-up-required</c>; the panel asks and retries).</summary>
    public void EnsureSteppedUp()
    {
        if (!IsSteppedUp && ApiKeyId is null) throw StepUpGate.Required();
    }

    /// <summary>Highest priority among the actor's own roles; the owner outranks everyone; no role is -1.</summary>
    public int Rank { get; private set; } = -1;

    public bool Has(string permission) => _granted.Contains(permission);

    /// <summary>The name of the actor's highest-priority role (analytics segments by it); null without roles.</summary>
    public string? TopRoleName { get; private set; }

    public void Load(ActorIdentity identity, Guid? sessionId, IReadOnlyList<string> granted, Guid? apiKeyId = null)
    {
        TopRoleName = identity.TopRoleName;
        UserId = identity.UserId;
        Username = identity.Username;
        IsOwner = identity.IsOwner;
        Rank = identity.Rank;
        SessionId = sessionId;
        ApiKeyId = apiKeyId;
        Granted = granted;
        _granted = [.. granted];
    }

    /// <summary>
    /// Who and which session, without roles or permissions: what a real-time connection's requests
    /// (negotiate, the socket) know of their member. Their hubs check access themselves.
    /// </summary>
    public void LoadConnection(Guid userId, Guid sessionId)
    {
        Forget();
        UserId = userId;
        SessionId = sessionId;
    }

    /// <summary>
    /// Lets go of the loaded actor. A real-time connection is one request that lasts for hours and
    /// the authorization middleware keeps this request's actor reachable all along; its hubs load
    /// access themselves, so the connection drops what it no longer needs.
    /// </summary>
    public void Forget()
    {
        UserId = null;
        Username = null;
        SessionId = null;
        ApiKeyId = null;
        IsOwner = false;
        Rank = -1;
        TopRoleName = null;
        Granted = [];
        _granted = [];
    }
}

/// <summary>The member behind a request, as the permission checks need it.</summary>
public sealed record ActorIdentity(Guid UserId, string Username, bool IsOwner, int Rank, string? TopRoleName = null);
