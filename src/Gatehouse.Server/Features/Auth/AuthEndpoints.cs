using Gatehouse.Server.Features.Auth.Credentials;
using Gatehouse.Server.Features.Auth.Sso;
using Gatehouse.Server.Features.Auth.TwoFactor;
using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Infrastructure.Security;

namespace Gatehouse.Server.Features.Auth;

public static class AuthEndpoints
{
    public const string LoginRateLimit = "login";
    public const string RefreshRateLimit = "refresh";

    public static IEndpointRouteBuilder MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/v1/auth").WithTags("Auth");
        auth.MapPost("/login", Login.Handle).WithName(nameof(Login)).WithSummary("Sign in with e-mail and password")
            .Public().RequireRateLimiting(LoginRateLimit).RequireSameOrigin();
        auth.MapPost("/refresh", Refresh.Handle).WithName(nameof(Refresh)).WithSummary("Swap a refresh token for a new pair")
            .Public().RequireRateLimiting(RefreshRateLimit).RequireSameOrigin();
        auth.MapPost("/logout", Logout.Handle).WithName(nameof(Logout)).WithSummary("End this session").SelfService().RequireSameOrigin();
        auth.MapGet("/me", GetMe.Handle).WithName(nameof(GetMe)).WithSummary("The signed-in user and their permissions").SelfService();

        app.MapGet("/.well-known/jwks.json", (SigningKeyStore keys) => TypedResults.Ok(keys.Jwks()))
            .WithTags("Auth").WithName("GetJwks").WithSummary("Public keys that verify access tokens").Public();

        var mine = app.MapGroup("/api/v1/me/sessions").WithTags("Sessions");
        mine.MapGet("/", ListSessions.Mine).WithName("ListMySessions").WithSummary("Your live sessions (device, address, started, last used, current)").SelfService();
        mine.MapDelete("/{id}", RevokeSessions.MineOne).WithName("RevokeMySession").WithSummary("End one of your sessions").SelfService();
        mine.MapDelete("/", RevokeSessions.MineOthers).WithName("RevokeMyOtherSessions").WithSummary("End every session of yours but this one").SelfService();

        var theirs = app.MapGroup("/api/v1/users/{id}/sessions").WithTags("Sessions");
        theirs.MapGet("/", ListSessions.OfUser).WithName("ListUserSessions").WithSummary("A member's live sessions")
            .RequirePermission(Permissions.UsersRead);
        theirs.MapDelete("/{sessionId}", RevokeSessions.UserOne).WithName("RevokeUserSession").WithSummary("End one session of a member ranked below you; audited")
            .RequirePermission(Permissions.UsersUpdate);
        theirs.MapDelete("/", RevokeSessions.UserAll).WithName("RevokeUserSessions").WithSummary("End every session of a member ranked below you; audited")
            .RequirePermission(Permissions.UsersUpdate);

        app.MapCredentialsEndpoints();
        app.MapTwoFactorEndpoints();
        app.MapSsoEndpoints();

        var setup = app.MapGroup("/api/v1/setup").WithTags("Auth");
        setup.MapGet("/", Setup.GetStatus).WithName("GetSetupStatus").WithSummary("Whether the owner still has to be created").Public();
        setup.MapPost("/", Setup.Complete).WithName("CompleteSetup").WithSummary("Create the owner account, once")
            .Public().RequireRateLimiting(LoginRateLimit);
        return app;
    }
}
