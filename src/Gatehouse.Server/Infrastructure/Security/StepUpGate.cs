using Gatehouse.Server.Infrastructure.Errors;

namespace Gatehouse.Server.Infrastructure.Security;

/// <summary>Marks an endpoint as a dangerous action that needs a fresh step-up ("sudo mode").</summary>
public sealed record RequiresStepUp;

/// <summary>
/// Step-up ("sudo mode", like GitHub's): dangerous actions need a password or code re-check within
/// <c>Security:StepUpWindow</c> (10 minutes). Endpoints declare it with <see cref="RequireStepUp"/>;
/// rules that depend on the content (a role that grants administrator) call
/// <see cref="CurrentActor.EnsureSteppedUp"/>. The answer is a 403 problem of type
/// <c>step-up-required</c> that names the endpoint to re-check at.
/// </summary>
public static class StepUpGate
{
    public const string ConfirmPath = "/api/v1/me/step-up";

    public static TBuilder RequireStepUp<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new RequiresStepUp()).AddEndpointFilter(async (context, next) =>
        {
            context.HttpContext.RequestServices.GetRequiredService<CurrentActor>().EnsureSteppedUp();
            return await next(context);
        });

    public static RuleViolation Required() =>
        new(403, "step-up-required", Messages.Get("step_up.required"), new Dictionary<string, object?> { ["step_up_url"] = ConfirmPath });
}
