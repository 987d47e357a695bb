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
public sealed partial class SiteConnectionHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> schemeOptions, ILoggerFactory logger, UrlEncoder encoder,
    IOptionsMonitor<SiteOptions> options, IConnectionTokens minted, SiteSignedTokens signed, SourceRateLimits rates,
    IMemberWrites members, IMemberSanctions sanctions, IAuditLog audit, GatehouseDb db, ISocketTickets tickets, IMemberSignIns signIns, TimeProvider time)
    : AuthenticationHandler<AuthenticationSchemeOptions>(schemeOptions, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (SiteConnectionEndpoints.ConnectionTokenOf(Context) is not { } token) return AuthenticateResult.NoResult();
        var ct = Context.RequestAborted;
        if (token.StartsWith(SocketTicketEndpoints.SitePrefix, StringComparison.Ordinal)) return await RedeemTicketAsync(token, ct);
        var unverified = new JsonWebToken(token);

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

        if ((RefuseRevoked(issuedAt, null) ?? RefuseOverRate(source)) is { } refused) return refused;

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
        return await RefuseOutOfStandingAsync(member, source, profile.ExternalId, ct) ?? Admit(member.UserId, source, issuedAt, SiteConnectionEndpoints.Scheme);
    }

    /// <summary>
    /// Refused when issued before the revocation time, everyone's or <paramref name="sourceRevoked"/>.
    /// No iat means no way to tell it from a revoked token: refused whenever a revocation time is set.
    /// </summary>
    private AuthenticateResult? RefuseRevoked(DateTime issuedAt, DateTimeOffset? sourceRevoked) =>
        (options.CurrentValue.RevokeBefore is { } revoked && issuedAt < revoked.UtcDateTime) || (sourceRevoked is { } ofSource && issuedAt < ofSource.UtcDateTime)
            ? Refuse(401, "token-revoked", Messages.Get("site.token_revoked"))
            : null;

    private AuthenticateResult? RefuseOverRate(string source)
    {
        if (rates.TryAcquire(source)) return null;
        Response.Headers.RetryAfter = "60";
        return Refuse(429, "rate-limited", Messages.Get("site.rate_limited", source, 60));
    }

    /// <summary>A banned or disabled member is refused, with the ban's sentence, and audited.</summary>
    private async Task<AuthenticateResult?> RefuseOutOfStandingAsync(SiteMemberResult member, string source, string? externalId, CancellationToken ct)
    {
        if (await SiteAdmission.RefusalAsync(member, sanctions, ct) is not { } refusal) return null;
        await audit.RecordAloneAsync(new AuditRecord("site.connection_refused", "user", member.UserId.ToString(),
            new { source, external_id = externalId, reason = refusal.Type }, SiteAdmission.Denied), ct);
        return Refuse(refusal.Status, refusal.Type, refusal.Detail);
    }

    /// <summary>
    /// Who, from which source, and when their token was issued: what the gateway and a socket ticket need.
    /// <paramref name="authenticationType"/> tells a principal from a token (its negotiate gets a ticket) from one from a ticket.
    /// </summary>
    private AuthenticateResult Admit(Guid userId, string source, DateTime issuedAt, string authenticationType)
    {
        var identity = new ClaimsIdentity([
            new Claim(SiteClaims.Subject, userId.ToString()),
            new Claim(SiteClaims.Source, source),
            new Claim(SiteClaims.TokenIssuedAt, new DateTimeOffset(issuedAt).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)),
        ], authenticationType, SiteClaims.Subject, null);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
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
