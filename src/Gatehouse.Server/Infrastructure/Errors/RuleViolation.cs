namespace Gatehouse.Server.Infrastructure.Errors;

/// <summary>
/// Thrown inside a write transaction when a domain rule refuses the change: the transaction rolls
/// back and the exception handler answers with this status and message.
/// </summary>
public sealed class RuleViolation(int status, string type, string detail, IReadOnlyDictionary<string, object?>? extensions = null) : Exception(detail)
{
    public IReadOnlyDictionary<string, object?> Extensions { get; } = extensions ?? new Dictionary<string, object?>();

    /// <summary>409 duplicate that names the field, like the pre-checked one.</summary>
    public static RuleViolation Duplicate(string field) =>
        new(409, "duplicate", Messages.Get("duplicate", field), new Dictionary<string, object?> { ["field"] = field });

    public int Status { get; } = status;
    public string Type { get; } = type;
}
