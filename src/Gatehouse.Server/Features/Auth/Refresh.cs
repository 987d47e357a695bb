using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Features.Auth.Contracts;
using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Http;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gatehouse.Server.Features.Auth;

public static class Refresh
{
    /// <summary>API clients send the refresh token here; the SPA sends nothing and the cookie is used.</summary>
    public sealed record Request(string? RefreshToken);

    /// <summary>A value of <c>include</c>: the renewed session's <c>GET /auth/me</c> answer, in the same response.</summary>
    public const string IncludeMe = "me";

    /// <param name="include">A comma-separated list: <c>me</c> to receive the signed-in member and their permissions
    /// with the token; <c>online</c> for Who's online's first page (<c>GET /presence</c> with <c>exclude_offline</c>,
    /// <c>include=user</c> and a page of 1,000), under <c>included</c>, left out when the member may not read it.</param>
    public static async Task<Results<Ok<TokenResponse>, ValidationProblem, ProblemHttpResult>> Handle(
        HttpContext http, string? include, GatehouseDb db, RefreshTokens refresh, TokenService tokens, IMemberSignIns members, IAuditLog audit,
        AccessService access, IMemberProfiles profiles, IEnumerable<IRefreshInclude> features, TimeProvider time, CancellationToken ct)
    {
        var asked = RefreshIncludes.Parse(include, IncludeMe, features);
        if (asked is null)
            return Problems.Validation(new Dictionary<string, string[]> { ["include"] = [Messages.Get("refresh.include", RefreshIncludes.Names(IncludeMe, features))] });
        var request = await OptionalBody.ReadAsync<Request>(http);
        var fromBody = request?.RefreshToken;
        var presented = fromBody ?? AuthCookies.Read(http);
        if (string.IsNullOrEmpty(presented) || presented.Length > 200) return Expired(http);

        var rotation = await db.WriteAsync(async c =>
        {
            var r = await refresh.RotateAsync(presented, c);
            if (r.Session is not null)
            {
                var user = await members.FindAsync(r.Session.UserId, c);
                if (r.Outcome == RotationOutcome.Rotated && user?.IsActive(time.GetUtcNow().UtcDateTime) != true)
                {
                    refresh.Revoke(r.Session, "account_inactive");
                    r = r with { Outcome = RotationOutcome.Invalid };
                }
                if (r.Outcome == RotationOutcome.Reused)
                    audit.Record(new AuditRecord("auth.refresh_reuse", "session", r.Session.Id.ToString(),
                        new { reason = "refresh token presented twice; family revoked" }, AuditResults.Denied, r.Session.UserId));
            }
            return r;
        }, ct);

        switch (rotation.Outcome)
        {
            case RotationOutcome.Reused:
                AuthCookies.Clear(http);
                return Problems.Make(401, "refresh-token-reused", Messages.Get("refresh.reused"));
            case RotationOutcome.Invalid:
                return Expired(http);
        }

        var session = rotation.Session!;
        var (accessToken, expiresIn) = await tokens.IssueAccessTokenAsync(session.UserId, session.Id, ct);
        if (fromBody is null) AuthCookies.Set(http, rotation.NewToken!, session.ExpiresAt);
        var me = asked.Me ? await GetMe.OfSessionAsync(session.UserId, session.Id, access, profiles, ct) : null;
        var included = await RefreshIncludes.ReadAsync(http, session.UserId, session.Id, asked.Features, ct);
        return TypedResults.Ok(new TokenResponse(accessToken, "Bearer", expiresIn, fromBody is null ? null : rotation.NewToken, me, included));
    }

    private static ProblemHttpResult Expired(HttpContext http)
    {
        AuthCookies.Clear(http);
        return Problems.Make(401, "session-expired", Messages.Get("refresh.invalid"));
    }
}
