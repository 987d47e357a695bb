using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Features.Auth.Contracts;
using Gatehouse.Server.Features.Moderation.Contracts;
using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Gatehouse.Server.Features.SiteIntegration;

/// <summary>
/// Authenticates a site member's connection on the endpoints marked for it (the gateway): with a
/// token Gatehouse minted for the site (<c>POST /site-tokens</c>), or with a JWT the site signed
/// itself (a configured source; <c>sub</c> is the site's user id, profile claims are synced and an
/// unknown member is created when the source allows it). Either way the member must be active, the
/// token issued after any revocation time, and the source within its connection rate.
/// </summary>
public sealed class SiteConnectionHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> schemeOptions, ILoggerFactory logger, UrlEncoder encoder,
    IOptionsMonitor<SiteOptions> options, IConnectionTokens minted, SiteSignedTokens signed, SourceRateLimits rates,
    IMemberWrites members, IMemberSanctions sanctions, IAuditLog audit, GatehouseDb db)
    : AuthenticationHandler<AuthenticationSchemeOptions>(schemeOptions, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (SiteConnectionEndpoints.ConnectionTokenOf(Context) is not { } token) return AuthenticateResult.NoResult();
        var ct = Context.RequestAborted;
        var unverified = new JsonWebToken(token);
        var o = options.CurrentValue;

        string source;
        SiteProfile profile;
        bool createIfMissing;
        DateTime issuedAt;
        Guid? expectedUser = null;
        if (unverified.Audiences.Contains(IConnectionTokens.Audience))
        {
            if (await minted.ValidateAsync(token, ct) is not { } claims) return Refuse(401, "invalid-token", Messages.Get("site.token_invalid", "signature, issuer or lifetime"));
            (source, issuedAt, expectedUser, createIfMissing) = (claims.Source, claims.IssuedAt, claims.UserId, false);
            profile = new SiteProfile(claims.Source, claims.ExternalId, null);
        }
        else if (signed.SourceOf(unverified) is var (name, site))
        {
            var result = await signed.ValidateAsync(token, unverified, name, site, ct);
            if (!result.IsValid) return Refuse(401, "invalid-token", Messages.Get("site.token_invalid", result.Exception?.GetType().Name ?? "rejected"));
            var jwt = (JsonWebToken)result.SecurityToken;
            if (site.RevokeBefore is { } sourceRevoked && jwt.IssuedAt < sourceRevoked.UtcDateTime) return Refuse(401, "token-revoked", Messages.Get("site.token_revoked"));
            (source, issuedAt, createIfMissing) = (name, jwt.IssuedAt, site.CreateMembers);
            profile = new SiteProfile(name, jwt.Subject, Claim(jwt, "preferred_username"), Claim(jwt, "name"), Claim(jwt, "picture"), Claim(jwt, "email"));
        }
        else return Refuse(401, "invalid-token", Messages.Get("site.token_invalid", "unknown issuer"));

        // No iat means no way to tell it from a revoked token: refused whenever a revocation time is set.
        if (o.RevokeBefore is { } revoked && issuedAt < revoked.UtcDateTime) return Refuse(401, "token-revoked", Messages.Get("site.token_revoked"));
        if (!rates.TryAcquire(source))
        {
            Response.Headers.RetryAfter = "60";
            return Refuse(429, "rate-limited", Messages.Get("site.rate_limited", source, 60));
        }

        SiteMemberResult member;
        try
        {
            // A minted token carries no profile: its check only reads, so it skips the write gate.
            member = expectedUser is null
                ? await db.WriteAsync(c => members.SyncSiteMemberAsync(profile, createIfMissing, c), ct)
                : await members.SyncSiteMemberAsync(profile, createIfMissing: false, ct);
        }
        catch (RuleViolation e)
        {
            return Refuse(e.Status, e.Type, e.Message);
        }
        if (expectedUser is { } id && id != member.UserId) return Refuse(401, "invalid-token", Messages.Get("site.token_invalid", "member"));
        if (await SiteAdmission.RefusalAsync(member, sanctions, ct) is { } refusal)
        {
            await audit.RecordAloneAsync(new AuditRecord("site.connection_refused", "user", member.UserId.ToString(),
                new { source, external_id = profile.ExternalId, reason = refusal.Type }, SiteAdmission.Denied), ct);
            return Refuse(refusal.Status, refusal.Type, refusal.Detail);
        }

        var identity = new ClaimsIdentity([
            new Claim("sub", member.UserId.ToString()),
            new Claim("site_source", source),
            new Claim("iat", new DateTimeOffset(issuedAt).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)),
        ], SiteConnectionEndpoints.Scheme, "sub", null);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SiteConnectionEndpoints.Scheme));
    }

    private static string? Claim(JsonWebToken jwt, string type) => jwt.TryGetPayloadValue<string>(type, out var value) ? value : null;

    /// <summary>The authorization answer names the refusal: its status, type and sentence.</summary>
    private AuthenticateResult Refuse(int status, string type, string detail)
    {
        Context.Items["gatehouse.auth_failure"] = detail;
        Context.Items["gatehouse.auth_status"] = status;
        Context.Items["gatehouse.auth_type"] = type;
        return AuthenticateResult.Fail(detail);
    }
}
