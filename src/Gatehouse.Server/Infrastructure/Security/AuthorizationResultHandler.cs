using Gatehouse.Server.Infrastructure.Errors;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Gatehouse.Server.Infrastructure.Security;

/// <summary>
/// Answers 401/403 as ProblemDetails that name what is missing, and writes every denied request
/// to the audit log.
/// </summary>
public sealed class AuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    /// <remarks>
    /// Not async on the way through: a request to a hub lasts as long as its connection, and a frame
    /// awaiting the rest of the pipeline here would stay allocated all that time.
    /// </remarks>
    public Task HandleAsync(RequestDelegate next, HttpContext http, AuthorizationPolicy policy, PolicyAuthorizationResult result) =>
        result.Succeeded ? next(http) : RefuseAsync(http, policy, result);

    private static async Task RefuseAsync(HttpContext http, AuthorizationPolicy policy, PolicyAuthorizationResult result)
    {
        if (result.Challenged)
        {
            // The bearer handler adds WWW-Authenticate (RFC 6750, with error="invalid_token" when one was sent); the body is ours.
            await http.ChallengeAsync();
            // A scheme may name a more precise refusal (a banned member: 403; too many connections: 429).
            await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteProblemAsync(http,
                http.Items["gatehouse.auth_status"] as int? ?? 401, http.Items["gatehouse.auth_type"] as string ?? "unauthorized",
                http.Items["gatehouse.auth_failure"] as string ?? Messages.Get("unauthorized"));
            return;
        }

        var missing = result.AuthorizationFailure?.FailureReasons.Select(r => r.Message).FirstOrDefault()
                      ?? policy.Requirements.OfType<PermissionRequirement>().FirstOrDefault()?.Permission
                      ?? "?";
        var refusals = http.RequestServices.GetRequiredService<IRefusalLog>();
        if (missing == PermissionAuthorizationHandler.TwoFactorEnrolmentRequired)
        {
            await refusals.RecordAsync("access.denied", $"{http.Request.Method} {http.Request.Path}", new { reason = missing }, denied: true, http.RequestAborted);
            await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteProblemAsync(http, 403, missing, Messages.Get("two_factor.enrol_first"));
            return;
        }
        await http.RequestServices.GetRequiredService<IRefusalLog>().RecordAsync(
            "access.denied", $"{http.Request.Method} {http.Request.Path}", new { permission = missing }, denied: true, http.RequestAborted);
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteProblemAsync(http, 403, "forbidden", Messages.Get("forbidden", missing),
            new Dictionary<string, object?> { ["permission"] = missing });
    }
}

public static class ProblemWriting
{
    public static async Task WriteProblemAsync(this IProblemDetailsService service, HttpContext http, int status, string type, string detail,
        IDictionary<string, object?>? extensions = null)
    {
        http.Response.StatusCode = status;
        var problem = new Microsoft.AspNetCore.Mvc.ProblemDetails { Status = status, Type = Problems.TypeBase + type, Title = type, Detail = detail };
        foreach (var (k, v) in extensions ?? new Dictionary<string, object?>()) problem.Extensions[k] = v;
        await service.WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem });
    }
}
