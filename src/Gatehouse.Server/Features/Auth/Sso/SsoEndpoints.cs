using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Infrastructure.Security;

namespace Gatehouse.Server.Features.Auth.Sso;

public static class SsoEndpoints
{
    public static IEndpointRouteBuilder MapSsoEndpoints(this IEndpointRouteBuilder app)
    {
        var signIn = app.MapGroup(SsoPaths.Base).WithTags("Single sign-on");
        signIn.MapGet("/providers", ManageSsoProviders.Buttons).WithName("ListSsoButtons")
            .WithSummary("Providers shown as \"Sign in with …\" buttons").Public();
        signIn.MapGet("/{provider}/start", SsoSignIn.Start).WithName("StartSsoSignIn")
            .WithSummary("Send the browser to the provider (authorization code + PKCE)").Public().RequireRateLimiting(AuthEndpoints.LoginRateLimit);
        signIn.MapGet("/{provider}/complete", SsoSignIn.Complete).WithName("CompleteSsoSignIn")
            .WithSummary("After the provider: start the session (refresh cookie) and go to the panel, or to the sign-in page with the reason")
            .Public().RequireRateLimiting(AuthEndpoints.LoginRateLimit);
        signIn.MapPost("/two-factor", SsoSignIn.ConfirmTwoFactor).WithName("ConfirmSsoTwoFactor")
            .WithSummary("The two-factor code of a single sign-on waiting for it").Public().RequireRateLimiting(AuthEndpoints.LoginRateLimit).RequireSameOrigin();

        var admin = app.MapGroup("/api/v1/sso/providers").WithTags("Single sign-on");
        admin.MapGet("/", ManageSsoProviders.List).WithName("ListSsoProviders").WithSummary("Configured providers (never their secrets)")
            .RequirePermission(Permissions.SettingsManage);
        admin.MapPut("/{provider}", ManageSsoProviders.Save).WithName("SaveSsoProvider")
            .WithSummary("Add or change a provider (needs a fresh step-up); audited").RequirePermission(Permissions.SettingsManage).RequireStepUp();
        admin.MapDelete("/{provider}", ManageSsoProviders.Delete).WithName("DeleteSsoProvider")
            .WithSummary("Remove a provider and unlink its identities (needs a fresh step-up); audited").RequirePermission(Permissions.SettingsManage).RequireStepUp();

        var mine = app.MapGroup("/api/v1/me/identities").WithTags("Account security");
        mine.MapGet("/", LinkedIdentities.Mine).WithName("ListMyIdentities").WithSummary("Your accounts at single sign-on providers").SelfService();
        mine.MapDelete("/{id}", LinkedIdentities.Unlink).WithName("UnlinkMyIdentity")
            .WithSummary("Unlink one (not your only way to sign in); audited").SelfService();
        return app;
    }
}
