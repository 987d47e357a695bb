using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Infrastructure.Errors;

/// <summary>
/// Turns what the framework throws for bad input (malformed JSON, unknown fields, wrong types,
/// unparsable route values, oversized bodies) and write races into 4xx ProblemDetails that say
/// what is wrong. Anything else is a real 500, logged, with no internals in the answer.
/// </summary>
public sealed partial class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        if (ArrayElementError(exception) is { } element) return await WriteArrayElementAsync(http, exception, element);
        var (status, type, detail) = Classify(exception);
        if (exception is RuleViolation { Status: 403 or 409 } rule) await AuditRefusalAsync(http, rule, ct);
        if (type == "bad-request") logger.LogInformation("Unclassified bad request: {Message}", exception.Message);
        if (status >= 500) logger.LogError(exception, "Unhandled error on {Method} {Path}", http.Request.Method, http.Request.Path);
        http.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = status,
                Type = Problems.TypeBase + type,
                Title = type,
                Detail = detail,
                Extensions = exception is RuleViolation { Extensions.Count: > 0 } r ? new Dictionary<string, object?>(r.Extensions) : new Dictionary<string, object?>(),
            },
        });
    }

    /// <summary>
    /// A bad element inside an array (null where a value is required, a number where a string is):
    /// a validation error keyed <c>field[index]</c>, like any other field error.
    /// </summary>
    internal static ArrayElementException? ArrayElementError(Exception exception)
    {
        if (exception is not BadHttpRequestException || FindJson(exception) is not { } json) return null;
        if (json is ArrayElementException element) return element;
        var m = ArrayElementPath().Match(json.Path ?? "");
        return m.Success && json.Message.Contains("could not be converted", StringComparison.Ordinal)
            ? new ArrayElementException(m.Groups["field"].Value, int.Parse(m.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture), ArrayElementProblem.WrongType)
            : null;
    }

    private async Task<bool> WriteArrayElementAsync(HttpContext http, Exception exception, ArrayElementException element)
    {
        var message = Messages.Get(element.Problem == ArrayElementProblem.Null ? "json.array_null" : "json.array_type", element.Index, element.Field);
        http.Response.StatusCode = 400;
        var problem = new HttpValidationProblemDetails(new Dictionary<string, string[]> { [element.Key] = [message] })
        {
            Status = 400,
            Type = Problems.TypeBase + "validation",
            Title = Messages.Get("validation.title"),
            Detail = $"{element.Key}: {message}",
        };
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, Exception = exception, ProblemDetails = problem });
    }

    /// <summary>A write refused by a rule (hierarchy, owner, last administrator) is a denied or failed request: audit it.</summary>
    private static async Task AuditRefusalAsync(HttpContext http, RuleViolation rule, CancellationToken ct)
    {
        // The exception-handler middleware clears the endpoint and route values; the feature keeps the originals.
        var failed = http.Features.Get<IExceptionHandlerFeature>();
        var endpoint = failed?.Endpoint?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName ?? failed?.Path ?? http.Request.Path.ToString();
        var target = failed?.RouteValues is { } values && values.TryGetValue("id", out var id) ? id?.ToString() : null;
        await http.RequestServices.GetRequiredService<Security.IRefusalLog>().RecordAsync(
            $"refused.{endpoint}", target, new { type = rule.Type, reason = rule.Message }, denied: rule.Status == 403, ct);
    }

    internal static (int Status, string Type, string Detail) Classify(Exception exception)
    {
        switch (exception)
        {
            case RuleViolation rule:
                return (rule.Status, rule.Type, rule.Message);
            case BadHttpRequestException bad when FindJson(bad) is { } json:
                return (400, "malformed-json", DescribeJson(json));
            case BadHttpRequestException { StatusCode: 413 }:
                return (413, "body-too-large", Messages.Get("body.too_large"));
            case BadHttpRequestException bad when BindFailure().Match(bad.Message) is { Success: true } m:
                return (400, "invalid-parameter", Messages.Get("route.bad_value", m.Groups["value"].Value, m.Groups["name"].Value));
            case BadHttpRequestException bad when (bad.Message.Contains("was not provided from body", StringComparison.OrdinalIgnoreCase)
                                                      || bad.Message.Contains("no body was provided", StringComparison.OrdinalIgnoreCase))
                                                  || bad.Message.Contains("Expected a supported JSON media type", StringComparison.OrdinalIgnoreCase):
                return (bad.StatusCode == 415 ? 415 : 400, "body-missing", Messages.Get("body.missing"));
            case BadHttpRequestException bad:
                return (bad.StatusCode is >= 400 and < 500 ? bad.StatusCode : 400, "bad-request", Messages.Get("bad_request"));
            case DbUpdateConcurrencyException:
                return (412, "precondition-failed", Messages.Get("precondition_failed", "resource", "?"));
            case DbUpdateException db when IsUniqueViolation(db):
                return (409, "duplicate", Messages.Get("duplicate", FieldOfUniqueViolation(db)));
            case OperationCanceledException:
                return (499, "client-closed-request", "The client closed the request.");
            default:
                return (500, "server-error", Messages.Get("server_error"));
        }
    }

    private static JsonException? FindJson(Exception e)
    {
        for (var cur = e.InnerException; cur is not null; cur = cur.InnerException)
            if (cur is JsonException json) return json;
        return null;
    }

    private static string DescribeJson(JsonException json)
    {
        var unknown = UnknownMember().Match(json.Message);
        if (unknown.Success) return Messages.Get("json.unknown_field", unknown.Groups["name"].Value);
        var path = json.Path is { Length: > 2 } p ? p[2..] : null;
        if (path is not null && json.Message.Contains("could not be converted", StringComparison.Ordinal))
            return Messages.Get("json.wrong_type", path);
        return Messages.Get("json.malformed", path is null ? json.Message.Split('.')[0] : $"near '{path}'");
    }

    private static bool IsUniqueViolation(DbUpdateException db) =>
        db.InnerException?.Message is { } m
        && (m.Contains("UNIQUE constraint failed", StringComparison.Ordinal) || m.Contains("23505", StringComparison.Ordinal));

    private static string FieldOfUniqueViolation(DbUpdateException db)
    {
        var m = db.InnerException?.Message ?? "";
        if (m.Contains("Email", StringComparison.OrdinalIgnoreCase)) return "email";
        if (m.Contains("Username", StringComparison.OrdinalIgnoreCase)) return "username";
        if (m.Contains("Name", StringComparison.OrdinalIgnoreCase)) return "name";
        return "value";
    }

    [GeneratedRegex(@"^\$\.(?<field>[A-Za-z0-9_]+)\[(?<index>\d+)\]")]
    private static partial Regex ArrayElementPath();

    [GeneratedRegex("The JSON property '(?<name>[^']+)' could not be mapped")]
    private static partial Regex UnknownMember();

    [GeneratedRegex("Failed to bind parameter \"(?<type>[^ ]+) (?<name>[^\"]+)\" from \"(?<value>[^\"]*)\"")]
    private static partial Regex BindFailure();
}
