using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Features.Auth.TwoFactor;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Http;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Gatehouse.Server.Features.Auth.Sso;

/// <summary>
/// Start, finish and (with two-factor sign-in on) confirm a single sign-on. The end is the same
/// session a password sign-in gets: a refresh cookie and, on the next refresh, an access token.
/// </summary>
public static class SsoSignIn
{
    /// <summary>Sends the browser to the provider (authorization code + PKCE).</summary>
    public static async Task<IResult> Start(string provider, HttpContext http, GatehouseDb db, SsoSchemes schemes, CancellationToken ct)
    {
        if (await schemes.SyncAsync(db, provider, ct) is not { } stored) return Problems.NotFound("sso provider");
        var properties = new AuthenticationProperties { RedirectUri = SsoPaths.Complete(stored.Id) };
        properties.Items[SsoExternalCookie.ProviderItem] = stored.Id;
        try
        {
            // The handler reads the provider's discovery document here; an unreachable provider sends the
            // browser back to the sign-in page with the reason (this is a page navigation), never a 500.
            await http.ChallengeAsync(stored.Scheme, properties);
            return TypedResults.Empty;
        }
        catch (Exception e) when (e is InvalidOperationException or HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            // Nothing of the failure is kept: the next sign-in asks the provider again.
            schemes.ForgetDiscovery(stored);
            http.RequestServices.GetRequiredService<ILogger<SsoProvider>>().LogWarning(e,
                "Single sign-on provider {Provider}: its discovery document at {Issuer} could not be read ({Reason}); the next sign-in tries again",
                stored.Id, stored.Issuer, (e.InnerException ?? e).Message);
            return TypedResults.Redirect(SsoPaths.SignInPage("unreachable"));
        }
    }

    /// <summary>After the provider's answer: the member's session, the two-factor step, or the sign-in page with the reason.</summary>
    public static async Task<IResult> Complete([FromRoute(Name = "provider")] string id, HttpContext http, GatehouseDb db, SsoSchemes schemes, SsoAccounts accounts,
        TwoFactorCheck twoFactor, RefreshTokens refresh, IAuditLog audit, TimeProvider time, CancellationToken ct)
    {
        var (provider, ticket) = await ReadTicketAsync(id, http, db, schemes, ct);
        if (provider is null || ticket is null) return TypedResults.Redirect(SsoPaths.SignInPage("expired"));
        var outcome = await accounts.ResolveAsync(provider, ticket.Principal, ct);
        if (outcome.Refusal is null) outcome = await accounts.CheckStandingAsync(provider, outcome.UserId!.Value, ct);
        if (outcome.Refusal is { } refusal)
        {
            await http.SignOutAsync(SsoExternalCookie.Scheme);
            return TypedResults.Redirect(SsoPaths.SignInPage(refusal));
        }
        // The second factor still applies: the external cookie waits for the code (POST .../sso/two-factor).
        if (await twoFactor.EnabledAsync(outcome.UserId!.Value, ct) is not null) return TypedResults.Redirect(SsoPaths.SignInPage("two-factor"));
        await StartSessionAsync(http, db, refresh, audit, provider, outcome.UserId.Value, ct);
        return TypedResults.Redirect("/");
    }

    /// <param name="Code">A 6-digit code from the authenticator app, or a recovery code.</param>
    /// <param name="RefreshInBody">API clients set this to get the refresh token in the body instead of a cookie.</param>
    public sealed record TwoFactorRequest(string? Code, bool RefreshInBody = false);

    /// <summary>The second factor of a single sign-on whose provider answer waits in the external cookie.</summary>
    public static async Task<Results<Ok<TokenResponse>, ProblemHttpResult>> ConfirmTwoFactor(TwoFactorRequest request, HttpContext http, GatehouseDb db,
        SsoSchemes schemes, SsoAccounts accounts, TwoFactorCheck twoFactor, RefreshTokens refresh, TokenService tokens, IAuditLog audit,
        TimeProvider time, CancellationToken ct)
    {
        var external = await http.AuthenticateAsync(SsoExternalCookie.Scheme);
        var id = external.Properties?.Items.TryGetValue(SsoExternalCookie.ProviderItem, out var p) == true ? p : null;
        var (provider, ticket) = id is null ? (null, null) : await ReadTicketAsync(id, http, db, schemes, ct);
        if (provider is null || ticket is null) return Problems.Make(401, "sso-expired", SsoText.Get("expired"));
        var outcome = await accounts.ResolveAsync(provider, ticket.Principal, ct);
        if (outcome.Refusal is null) outcome = await accounts.CheckStandingAsync(provider, outcome.UserId!.Value, ct);
        if (outcome.Refusal is { } refusal) return Problems.Make(403, "sso-refused", SsoText.Get(refusal));
        if (await TwoFactorAtSignIn.CheckAsync(twoFactor, outcome.UserId!.Value, request.Code, ct) is { } second)
        {
            await audit.RecordAloneAsync(new AuditRecord("auth.login", "user", outcome.UserId.ToString(),
                new { provider = provider.Id, reason = second.ProblemDetails.Type?.Split('/')[^1] }, AuditResults.Fail, outcome.UserId), ct);
            return second;
        }
        var (sessionToken, sessionId) = await StartSessionAsync(http, db, refresh, audit, provider, outcome.UserId.Value, ct, setCookie: !request.RefreshInBody);
        var (access, expiresIn) = await tokens.IssueAccessTokenAsync(outcome.UserId.Value, sessionId, ct);
        return TypedResults.Ok(new TokenResponse(access, "Bearer", expiresIn, request.RefreshInBody ? sessionToken : null));
    }

    private static async Task<(SsoProvider?, AuthenticationTicket?)> ReadTicketAsync(string id, HttpContext http, GatehouseDb db, SsoSchemes schemes, CancellationToken ct)
    {
        var external = await http.AuthenticateAsync(SsoExternalCookie.Scheme);
        if (!external.Succeeded || external.Properties?.Items.TryGetValue(SsoExternalCookie.ProviderItem, out var from) != true || from != id)
            return (null, null);
        return (await schemes.SyncAsync(db, id, ct), external.Ticket);
    }

    private static async Task<(string Token, Guid SessionId)> StartSessionAsync(HttpContext http, GatehouseDb db, RefreshTokens refresh,
        IAuditLog audit, SsoProvider provider, Guid userId, CancellationToken ct, bool setCookie = true)
    {
        var (session, token) = refresh.StartSession(userId, ClientInfo.Ip(http), ClientInfo.UserAgent(http));
        audit.Record(new AuditRecord("auth.login", "user", userId.ToString(), new { provider = provider.Id, method = "sso" }, AuditResults.Success, userId));
        await db.SaveChangesAsync(ct);
        await http.SignOutAsync(SsoExternalCookie.Scheme);
        if (setCookie) AuthCookies.Set(http, token, session.ExpiresAt);
        return (token, session.Id);
    }
}
