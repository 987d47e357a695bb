using Microsoft.AspNetCore.Authorization;

namespace Gatehouse.Server.Infrastructure.Security;

/// <summary>Grants a <c>perm:x.y</c> policy when the actor, loaded for this request, holds x.y.</summary>
public sealed class PermissionAuthorizationHandler(CurrentActor actor) : AuthorizationHandler<PermissionRequirement>
{
    public const string TwoFactorEnrolmentRequired = "two-factor-enrolment-required";

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        // A member whose role requires two factors reaches only self-service endpoints until enrolled.
        if (actor.MustEnrolTwoFactor) context.Fail(new AuthorizationFailureReason(this, TwoFactorEnrolmentRequired));
        else if (actor.Has(requirement.Permission)) context.Succeed(requirement);
        else context.Fail(new AuthorizationFailureReason(this, requirement.Permission));
        return Task.CompletedTask;
    }
}
