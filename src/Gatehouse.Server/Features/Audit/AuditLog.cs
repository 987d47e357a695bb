using System.Diagnostics;
using System.Text.Json;
using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Infrastructure;
using Gatehouse.Server.Infrastructure.Http;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Security;

namespace Gatehouse.Server.Features.Audit;

public sealed class AuditLog(GatehouseDb db, CurrentActor actor, IHttpContextAccessor http, TimeProvider time) : IAuditLog
{
    private static long _order;

    public void Record(AuditRecord record) => db.Insert(Build(record));

    public async Task RecordAloneAsync(AuditRecord record, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        db.DiscardDirectInserts();
        db.AuditEntries.Add(Build(record));
        await db.SaveChangesAsync(ct);
    }

    private AuditEntry Build(AuditRecord r)
    {
        var context = http.HttpContext;
        return new AuditEntry
        {
            Timestamp = time.GetUtcNow().UtcDateTime,
            ActorUserId = r.ActorUserId ?? actor.UserId,
            ActorApiKeyId = r.ActorUserId is null ? actor.ApiKeyId : null,
            TargetType = r.TargetType,
            TargetId = r.TargetId,
            Action = r.Action,
            Payload = r.Payload is null ? "{}" : JsonSerializer.Serialize(r.Payload, GatehouseJson.Options),
            Result = r.Result,
            Ip = context is null ? null : ClientInfo.Ip(context),
            UserAgent = context is null ? null : ClientInfo.UserAgent(context),
            RequestId = context?.TraceIdentifier,
            TraceId = Activity.Current?.TraceId.ToString(),
            LocalOrder = Interlocked.Increment(ref _order),
            Subject = r.SealedFor,
        };
    }
}
