namespace Gatehouse.Server.Infrastructure.Errors;

/// <summary>
/// Thrown inside a write transaction when a domain rule refuses the change: the transaction rolls
/// back and the exception handler answers with this status and message.
/// </summary>
public sealed class RuleViolation(int status, string type, string detail) : Exception(detail)
{
    public int Status { get; } = status;
    public string Type { get; } = type;
}
