namespace Gatehouse.Server.Features.Invites;

/// <summary>
/// A link that lets people in: a random code, optional use limit and expiry, and the roles whoever
/// joins through it receives. Revoking keeps the row (its uses stay listed).
/// </summary>
public sealed class Invite
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    /// <summary>The code in the link (<c>/invite/{code}</c>): 16 random letters and digits, about 95 bits, unique.</summary>
    public string Code { get; set; } = "";
    public string? Note { get; set; }
    /// <summary>How many people may use it; null means no limit.</summary>
    public int? MaxUses { get; set; }
    /// <summary>Accepted uses so far; raised by one conditional update so the limit holds under concurrency.</summary>
    public int Uses { get; set; }
    public DateTime? ExpiresAt { get; set; }
    /// <summary>Roles given on joining, checked against the creator's hierarchy when the invite was made.</summary>
    public List<Guid> RoleIds { get; set; } = [];
    public Guid CreatedByUserId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? RevokedAt { get; set; }

    /// <summary>Why the invite cannot be used at <paramref name="now"/>: revoked, expired, used_up; null when it can.</summary>
    public string? Unusable(DateTime now) =>
        RevokedAt is not null ? InviteStates.Revoked
        : ExpiresAt is { } end && end <= now ? InviteStates.Expired
        : MaxUses is { } max && Uses >= max ? InviteStates.UsedUp
        : null;
}

public static class InviteStates
{
    public const string Active = "active";
    public const string Revoked = "revoked";
    public const string Expired = "expired";
    public const string UsedUp = "used_up";
}

/// <summary>One person who came in (or back) through an invite.</summary>
public sealed class InviteUse
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid InviteId { get; set; }
    public Guid UserId { get; set; }
    /// <summary><c>created</c> (new account), <c>returned</c> (a member who had left) or <c>joined</c> (already signed in).</summary>
    public string Kind { get; set; } = "";
    public DateTime UsedAt { get; set; }
}
