using Gatehouse.Server.Infrastructure.Security;

namespace Gatehouse.Server.Features.Users.Contracts;

/// <summary>Who a member is, for features that act on a person as a whole (privacy export and erasure).</summary>
public interface IMemberIdentities
{
    /// <summary>The member, deleted ones included; null when unknown.</summary>
    Task<MemberIdentity?> FindAsync(Guid userId, CancellationToken ct);

    /// <summary>Members deleted (left or removed) before <paramref name="cutoff"/>, oldest first.</summary>
    Task<IReadOnlyList<Guid>> DeletedBeforeAsync(DateTime cutoff, int limit, CancellationToken ct);

    /// <summary>Which of <paramref name="username"/> and <paramref name="email"/> (case-insensitive) another account already has, deleted ones included: "username", "email" or null.</summary>
    Task<string?> TakenByAnotherAsync(string? username, string? email, Guid? except, CancellationToken ct);

    /// <summary>
    /// Throws a 403 <c>RuleViolation</c> unless the actor may act on the member (hierarchy; nobody acts on the
    /// owner); acting on oneself is always allowed.
    /// </summary>
    Task EnsureMayActOnAsync(Guid userId, CurrentActor actor, CancellationToken ct);
}

public sealed record MemberIdentity(Guid Id, string Username, string DisplayName, string Email, bool IsOwner, DateTime? DeletedAt);
