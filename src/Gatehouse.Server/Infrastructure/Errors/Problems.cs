using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Gatehouse.Server.Infrastructure.Errors;

/// <summary>Builds RFC 9457 answers with a stable <c>type</c> per kind of error.</summary>
public static class Problems
{
    public const string TypeBase = "https://gatehouse.dev/problems/";

    public static ProblemHttpResult Make(int status, string type, string detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(new ProblemDetails
        {
            Status = status,
            Type = TypeBase + type,
            Title = TitleOf(type),
            Detail = detail,
            Extensions = extensions ?? new Dictionary<string, object?>(),
        });

    public static ProblemHttpResult NotFound(string what) => Make(404, "not-found", Messages.Get("not_found", what));
    public static ProblemHttpResult Duplicate(string field) =>
        Make(409, "duplicate", Messages.Get("duplicate", field), new Dictionary<string, object?> { ["field"] = field });
    public static ProblemHttpResult Conflict(string type, string detail) => Make(409, type, detail);
    public static ProblemHttpResult Forbidden(string type, string detail) => Make(403, type, detail);
    public static ProblemHttpResult BadRequest(string type, string detail) => Make(400, type, detail);
    public static ProblemHttpResult PreconditionFailed(string what, int current) =>
        Make(412, "precondition-failed", Messages.Get("precondition_failed", what, current),
            new Dictionary<string, object?> { ["current_version"] = current });

    public static ValidationProblem Validation(IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, detail: Messages.Get("validation.detail"), title: Messages.Get("validation.title"),
            type: TypeBase + "validation");

    private static string TitleOf(string type) =>
        string.Join(' ', type.Split('-')) is var words && words.Length > 0
            ? char.ToUpperInvariant(words[0]) + words[1..]
            : type;
}
