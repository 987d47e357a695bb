namespace Gatehouse.Server.Features.Users.Contracts;

/// <summary>
/// A member as a site knows them: the site's name for itself (<paramref name="Source"/>), its own id
/// for the member, and the profile fields it wants kept in step. Null fields are left as they are.
/// </summary>
/// <param name="Roles">Role ids or names to give the member (replacing theirs); null leaves roles alone.
/// Only an acting API key may pass them, within its hierarchy.</param>
public sealed record SiteProfile(
    string Source, string ExternalId, string? Username, string? DisplayName = null, string? AvatarUrl = null,
    string? Email = null, IReadOnlyList<string>? Roles = null);

/// <summary>Whether the member may connect now.</summary>
public enum SiteMemberStanding { Active, Banned, Disabled }

/// <param name="Created">The member did not exist and was created just now.</param>
/// <param name="Changed">An existing member's profile changed (audited as <c>user.updated</c>).</param>
/// <param name="DisabledReason">When disabled, the reason an administrator gave (if any).</param>
public sealed record SiteMemberResult(Guid UserId, bool Created, bool Changed, SiteMemberStanding Standing, string? DisabledReason = null);
