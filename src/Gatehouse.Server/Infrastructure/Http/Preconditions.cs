using Gatehouse.Server.Infrastructure.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gatehouse.Server.Infrastructure.Http;

/// <summary>If-Match against a row version: a stale edit is refused with 412 instead of overwriting.</summary>
public static class Preconditions
{
    public static ProblemHttpResult? CheckIfMatch(HttpContext http, int currentVersion, string what)
    {
        var header = http.Request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header) || header.Trim() == "*") return null;
        var expected = $"\"{currentVersion}\"";
        var matches = header.Split(',').Select(t => t.Trim()).Select(t => t.StartsWith("W/", StringComparison.Ordinal) ? t[2..] : t)
            .Any(t => t == expected);
        return matches ? null : Problems.PreconditionFailed(what, currentVersion);
    }

    public static void SetETag(HttpContext http, int version) => http.Response.Headers.ETag = $"\"{version}\"";
}
