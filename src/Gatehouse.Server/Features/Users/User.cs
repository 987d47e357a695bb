using System.Linq.Expressions;
using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure.Security;

namespace Gatehouse.Server.Features.Users;

public sealed class User
{
    public Guid Id { get; set; } = PooledIds.NewVersion7();
    public string Username { get; set; } = "";
    /// <summary>Upper-cased username: uniqueness ignores case.</summary>
    public string UsernameNormalized { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string Email { get; set; } = "";
    /// <summary>Trimmed, upper-cased e-mail: uniqueness ignores case. Null when the member has none (site members may not).</summary>
    public string? EmailNormalized { get; set; } = "";
    /// <summary>Lower-cased "username display name e-mail", scanned by the q filter.</summary>
    public string SearchText { get; set; } = "";
    public string? AvatarUrl { get; set; }
    /// <summary>Where the member comes from (a site's source name) when a site created them; with <see cref="ExternalId"/>, unique.</summary>
    public string? ExternalSource { get; set; }
    /// <summary>The site's own id for this member (e.g. its user id); kept through leave, return and erasure.</summary>
    public string? ExternalId { get; set; }
    /// <summary>The status the user chose (online, idle, dnd, invisible, offline).</summary>
    public string Status { get; set; } = UserStatuses.Offline;
    public string? StatusMessage { get; set; }
    public DateTime? StatusExpiresAt { get; set; }
    public string? ActivityName { get; set; }
    public DateTime? LastSeenAt { get; set; }
    public List<string> Tags { get; set; } = [];
    public List<string> AllowOverrides { get; set; } = [];
    public List<string> DenyOverrides { get; set; } = [];
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public bool IsBanned { get; set; }
    /// <summary>When a timed ban ends (set by moderation); null with IsBanned means permanent.</summary>
    public DateTime? BannedUntil { get; set; }
    public bool IsDisabled { get; set; }
    public string? DisabledReason { get; set; }
    public DateTime? DeletedAt { get; set; }
    /// <summary>When the member left by themselves (<c>POST /me/leave</c>); with <see cref="DeletedAt"/> set, they may come back within the return window.</summary>
    public DateTime? LeftAt { get; set; }
    /// <summary>The invite code that brought the member in (shown on the profile as "joined via").</summary>
    public string? JoinedViaInvite { get; set; }
    public bool IsOwner { get; set; }
    /// <summary>Optimistic concurrency, exposed as the ETag.</summary>
    public int Version { get; set; } = 1;

    public List<UserRole> Roles { get; set; } = [];

    public string ETag => $"\"{Version}\"";

    public static string NormalizeUsername(string username) => username.Trim().ToUpperInvariant();
    public static string NormalizeEmail(string email) => MemberEmails.Normalize(email);

    /// <summary><see cref="MemberStanding.Rule"/> over this entity, so the database can evaluate it (<see cref="ActiveAt"/>).</summary>
    private static readonly Expression<Func<User, DateTime, bool>> ActiveRule = OverUser(MemberStanding.Rule);

    public bool IsActive(DateTime at) => MemberStanding.IsActive(DeletedAt, IsDisabled, IsBanned, BannedUntil, at);

    /// <summary>What access decisions need of this member (see <see cref="MemberAccount"/>).</summary>
    public MemberAccount ToAccount() =>
        new(Id, Username, IsOwner, IsDisabled, IsBanned, BannedUntil, DeletedAt, AllowOverrides, DenyOverrides, [.. Roles.Select(r => r.RoleId)], Version);

    /// <summary>Erasure pseudonymises the row in place under this username, with no e-mail left.</summary>
    public const string ErasedUsernamePrefix = "erased-";

    /// <summary>The member's personal data was erased: the row is a pseudonymous tombstone, never to be restored.</summary>
    public bool IsErased => DeletedAt is not null && Email.Length == 0 && Username.StartsWith(ErasedUsernamePrefix, StringComparison.Ordinal);

    /// <summary><see cref="IsActive"/> as a filter the database evaluates.</summary>
    /// <remarks>
    /// The instant is bound as a field of a holder object, as a C# closure would capture it, so EF Core
    /// sends it as a query parameter. Bound as a bare constant, every instant made a new query shape:
    /// EF compiled the query again on each call (most of a gateway connect's CPU) and cached every one.
    /// </remarks>
    public static Expression<Func<User, bool>> ActiveAt(DateTime at)
    {
        var user = ActiveRule.Parameters[0];
        var instant = Expression.Field(Expression.Constant(new Instant(at)), nameof(Instant.At));
        var body = new Bind(new() { [ActiveRule.Parameters[1]] = instant }).Visit(ActiveRule.Body);
        return Expression.Lambda<Func<User, bool>>(body, user);
    }

    private sealed class Instant(DateTime at)
    {
        public readonly DateTime At = at;
    }

    private static Expression<Func<User, DateTime, bool>> OverUser(Expression<Func<DateTime?, bool, bool, DateTime?, DateTime, bool>> rule)
    {
        var user = Expression.Parameter(typeof(User), "u");
        var at = Expression.Parameter(typeof(DateTime), "at");
        var p = rule.Parameters;
        var body = new Bind(new()
        {
            [p[0]] = Expression.Property(user, nameof(DeletedAt)),
            [p[1]] = Expression.Property(user, nameof(IsDisabled)),
            [p[2]] = Expression.Property(user, nameof(IsBanned)),
            [p[3]] = Expression.Property(user, nameof(BannedUntil)),
            [p[4]] = at,
        }).Visit(rule.Body);
        return Expression.Lambda<Func<User, DateTime, bool>>(body, user, at);
    }

    private sealed class Bind(Dictionary<ParameterExpression, Expression> values) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => values.GetValueOrDefault(node, node);
    }

    public void RefreshSearchText() =>
        SearchText = $"{Username} {DisplayName} {Email}".ToLowerInvariant();
}
