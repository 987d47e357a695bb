using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Gatehouse.Server.Infrastructure.Errors;

/// <summary>
/// Errors under the API, hub and gateway paths are always <c>application/problem+json</c>, whatever
/// the client's <c>Accept</c> says. The framework's writer declines when Accept names neither JSON
/// nor <c>*/*</c> (a browser's <c>text/html</c>, an <c>application/xml</c> client), which left an
/// empty 500 or a <c>text/plain</c> 404. Registered after the framework's writer, so it only takes
/// the answers that one declined.
/// </summary>
public sealed class ApiProblemWriter(IOptions<JsonOptions> json, IOptions<ProblemDetailsOptions> options) : IProblemDetailsWriter
{
    public const string ContentType = "application/problem+json";

    public bool CanWrite(ProblemDetailsContext context) => Web.WebApp.IsReserved(context.HttpContext.Request.Path);

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var http = context.HttpContext;
        var problem = context.ProblemDetails;
        problem.Status ??= http.Response.StatusCode;
        problem.Title ??= ReasonPhrases.GetReasonPhrase(problem.Status.Value);
        options.Value.CustomizeProblemDetails?.Invoke(context);
        return new ValueTask(http.Response.WriteAsJsonAsync(problem, problem.GetType(), json.Value.SerializerOptions, ContentType, http.RequestAborted));
    }
}
