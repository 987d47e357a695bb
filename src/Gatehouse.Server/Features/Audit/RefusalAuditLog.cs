using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Infrastructure.Security;

namespace Gatehouse.Server.Features.Audit;

/// <summary>Refused requests become audit entries of their own, on target type <c>endpoint</c>.</summary>
public sealed class RefusalAuditLog(IAuditLog audit) : IRefusalLog
{
    public Task RecordAsync(string action, string? target, object payload, bool denied, CancellationToken ct) =>
        audit.RecordAloneAsync(new AuditRecord(action, "endpoint", target, payload, denied ? AuditResults.Denied : AuditResults.Fail), ct);
}
