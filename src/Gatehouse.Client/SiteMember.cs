namespace Gatehouse.Client;

/// <summary>The site's user a connection token is minted for, with the profile fields Gatehouse keeps in step.</summary>
/// <param name="ExternalId">The site's own id for the user (its primary key, say).</param>
/// <param name="Username">Needed the first time (Gatehouse creates the member); later calls may change it.</param>
/// <param name="Roles">Role ids or names to give the member, replacing theirs; null leaves them alone.</param>
/// <param name="Source">The site's name for itself; Gatehouse's default source when null.</param>
public sealed record SiteMember(
    string ExternalId, string? Username = null, string? DisplayName = null, string? AvatarUrl = null, string? Email = null,
    IReadOnlyList<string>? Roles = null, string? Source = null);

/// <summary>A short-lived token that opens the Gatehouse gateway for one member (never the admin API).</summary>
/// <param name="Created">Gatehouse created the member on this call.</param>
public sealed record SiteToken(string Token, DateTimeOffset ExpiresAt, Guid UserId, bool Created);
