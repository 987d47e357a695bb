using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Infrastructure.Security;

namespace Gatehouse.Server.Features.Auth.Credentials;

public static class CredentialsEndpoints
{
    public static IEndpointRouteBuilder MapCredentialsEndpoints(this IEndpointRouteBuilder app)
    {
        var me = app.MapGroup("/api/v1/me").WithTags("Account security");
        me.MapPost("/password", ChangeOwnPassword.Handle).WithName(nameof(ChangeOwnPassword))
            .WithSummary("Change your password (asks for the current one; ends your other sessions)").SelfService();
        me.MapPost("/email", ChangeOwnEmail.Handle).WithName(nameof(ChangeOwnEmail))
            .WithSummary("Change your e-mail (asks for the current password; ends your other sessions)").SelfService();

        var member = app.MapGroup("/api/v1/users/{id}").WithTags("Account security");
        member.MapPost("/password-reset", ResetMemberPassword.SendLink).WithName("SendPasswordResetLink")
            .WithSummary("Make a one-time password-reset link for a member ranked below you (mailed to them when SMTP is configured, else handed to you); ends their sessions; audited")
            .RequirePermission(Permissions.UsersCredentials).RequireStepUp();
        member.MapPost("/temporary-password", ResetMemberPassword.SetTemporary).WithName("SetTemporaryPassword")
            .WithSummary("Give a member ranked below you a random temporary password they must replace at sign-in; ends their sessions; audited")
            .RequirePermission(Permissions.UsersCredentials).RequireStepUp();

        app.MapPost("/api/v1/auth/password-reset", CompletePasswordReset.Handle).WithTags("Auth").WithName(nameof(CompletePasswordReset))
            .WithSummary("Choose a new password with a reset link's token (one use)")
            .Public().RequireRateLimiting(AuthEndpoints.LoginRateLimit).RequireSameOrigin();
        app.MapPost("/api/v1/auth/email-confirmation", ConfirmEmailChange.Handle).WithTags("Auth").WithName(nameof(ConfirmEmailChange))
            .WithSummary("Confirm a new e-mail address with the link's token (one use); the account signs in with it from then on")
            .Public().RequireRateLimiting(AuthEndpoints.LoginRateLimit).RequireSameOrigin();
        return app;
    }
}
