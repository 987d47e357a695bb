using Gatehouse.Server.Features.Auth.StepUp;
using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Infrastructure.Security;

namespace Gatehouse.Server.Features.Auth.TwoFactor;

public static class TwoFactorEndpoints
{
    public static IEndpointRouteBuilder MapTwoFactorEndpoints(this IEndpointRouteBuilder app)
    {
        var mine = app.MapGroup("/api/v1/me/2fa").WithTags("Account security");
        mine.MapGet("/", ManageOwnTwoFactor.GetStatus).WithName("GetMyTwoFactor").WithSummary("Whether two-factor sign-in is on, pending or required").SelfService();
        mine.MapPost("/enrolment", ManageOwnTwoFactor.Start).WithName("StartTwoFactorEnrolment")
            .WithSummary("Start enrolling an authenticator app: secret and otpauth:// URI (needs a fresh step-up)").SelfService().RequireStepUp();
        mine.MapPost("/confirm", ManageOwnTwoFactor.Confirm).WithName("ConfirmTwoFactor")
            .WithSummary("Turn two-factor sign-in on with a first code; answers 10 recovery codes, once").SelfService();
        mine.MapPost("/disable", ManageOwnTwoFactor.Disable).WithName("DisableTwoFactor")
            .WithSummary("Turn two-factor sign-in off with a code or a recovery code").SelfService();
        mine.MapPost("/recovery-codes", ManageOwnTwoFactor.RenewRecoveryCodes).WithName("RenewRecoveryCodes")
            .WithSummary("Replace the recovery codes (needs a code); answers the new ones, once").SelfService();

        app.MapDelete("/api/v1/users/{id}/2fa", ResetMemberTwoFactor.Handle).WithTags("Account security").WithName(nameof(ResetMemberTwoFactor))
            .WithSummary("Remove a member's authenticator app (member ranked below you); ends their sessions; audited")
            .RequirePermission(Permissions.UsersCredentials).RequireStepUp();

        app.MapPost("/api/v1/me/step-up", ConfirmIdentity.Handle).WithTags("Account security").WithName(nameof(ConfirmIdentity))
            .WithSummary("Confirm who you are again (password or code) to unlock dangerous actions for 10 minutes").SelfService();
        return app;
    }
}
