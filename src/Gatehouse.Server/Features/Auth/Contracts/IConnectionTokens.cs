namespace Gatehouse.Server.Features.Auth.Contracts;

/// <summary>
/// Short-lived connection tokens Gatehouse signs for a site's member. They carry the audience
/// <see cref="Audience"/>, never the admin API's, so the API's bearer scheme refuses them: they open
/// the gateway (and analytics ingest) of that member and nothing else.
/// </summary>
public interface IConnectionTokens
{
    public const string Audience = "gatehouse-connect";

    Task<IssuedConnectionToken> IssueAsync(Guid userId, string source, string externalId, TimeSpan lifetime, CancellationToken ct);

    /// <summary>Checks signature, issuer, audience and lifetime (on the server clock) of a token this server issued.</summary>
    Task<ConnectionTokenClaims?> ValidateAsync(string token, CancellationToken ct);
}

public sealed record IssuedConnectionToken(string Token, DateTime IssuedAt, DateTime ExpiresAt);

public sealed record ConnectionTokenClaims(Guid UserId, string Source, string ExternalId, DateTime IssuedAt);
