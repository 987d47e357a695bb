namespace Gatehouse.Server.Features.Users.Contracts;

/// <summary>
/// A test over a member's own fields that the member store answers in SQL, so a feature that decides
/// about many members (dynamic groups) reads only the members a decision could concern.
/// </summary>
public abstract record MemberCondition
{
    /// <summary>Every filter holds.</summary>
    public sealed record AllOf(IReadOnlyList<MemberCondition> Filters) : MemberCondition;

    /// <summary>At least one filter holds.</summary>
    public sealed record AnyOf(IReadOnlyList<MemberCondition> Filters) : MemberCondition;

    /// <summary>The member has (or lacks) the tag, ignoring ASCII case.</summary>
    public sealed record Tag(string Value, bool Has) : MemberCondition;

    /// <summary>The member holds (or lacks) the role as one of their own roles.</summary>
    public sealed record Role(Guid RoleId, bool Has) : MemberCondition;

    /// <summary>The account was created before (or after) the instant.</summary>
    public sealed record Joined(DateTime At, bool Before) : MemberCondition;

    /// <summary>The member was last seen before the instant, or never.</summary>
    public sealed record LastSeenBefore(DateTime At) : MemberCondition;
}
