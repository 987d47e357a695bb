using Microsoft.AspNetCore.Authorization;

namespace Gatehouse.Server.Infrastructure.Security;

/// <summary>Grants a <c>perm:x.y</c> policy when the actor, loaded for this request, holds x.y.</summary>
public sealed class PermissionAuthorizationHandler(CurrentActor actor) : AuthorizationHandler<PermissionRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (actor.Has(requirement.Permission)) context.Succeed(requirement);
        else context.Fail(new AuthorizationFailureReason(this, requirement.Permission));
        return Task.CompletedTask;
    }
}
