using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Features.Privacy.Contracts;
using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Privacy;

/// <summary>
/// <c>POST /users/{id}/erase</c> and <c>POST /me/erase</c> (right to be forgotten): every feature removes or
/// anonymises what it holds about the person, in one transaction, and the audit key of the person is
/// deleted so the audit payloads about them become unreadable while the chain still verifies.
/// The erasure is audited without any personal data. It cannot be undone.
/// </summary>
public static class ErasePerson
{
    /// <param name="Sources">The features that erased their part.</param>
    public sealed record Response(Guid Id, DateTime ErasedAt, IReadOnlyList<string> Sources);

    public static async Task<Results<Ok<Response>, ProblemHttpResult>> Mine(CurrentActor actor, IMemberIdentities members,
        IEnumerable<IPersonalDataSource> sources, GatehouseDb db, IAuditLog audit, TimeProvider time, CancellationToken ct) =>
        await EraseAsync(actor.UserId!.Value, "self", members, sources, db, audit, time, ct);

    public static async Task<Results<Ok<Response>, ProblemHttpResult>> OfUser(Guid id, CurrentActor actor, IMemberIdentities members,
        IEnumerable<IPersonalDataSource> sources, GatehouseDb db, IAuditLog audit, TimeProvider time, CancellationToken ct)
    {
        if (await members.FindAsync(id, ct) is null) return Problems.NotFound("user");
        if (id == actor.UserId) return Problems.Conflict("self-action", PrivacyText.Get("self"));
        await members.EnsureMayActOnAsync(id, actor, ct);
        return await EraseAsync(id, "administrator", members, sources, db, audit, time, ct);
    }

    public static async Task<Results<Ok<Response>, ProblemHttpResult>> EraseAsync(Guid id, string requestedBy, IMemberIdentities members,
        IEnumerable<IPersonalDataSource> sources, GatehouseDb db, IAuditLog audit, TimeProvider time, CancellationToken ct)
    {
        var member = await members.FindAsync(id, ct);
        if (member is null) return Problems.NotFound("user");
        if (member.IsOwner) return Problems.Forbidden("owner-protected", PrivacyText.Get("owner"));
        if (await db.Set<ErasureRecord>().AnyAsync(e => e.UserId == id, ct)) return Problems.Conflict("already-erased", PrivacyText.Get("erased"));

        var subject = new DataSubject(id, [member.Email, member.Username, member.DisplayName]);
        var now = time.GetUtcNow().UtcDateTime;
        var names = new List<string>();
        await db.WriteAsync(async c =>
        {
            foreach (var source in sources.OrderBy(s => s.Feature, StringComparer.Ordinal))
            {
                await source.EraseAsync(subject, c);
                names.Add(source.Feature);
            }
            db.Add(new ErasureRecord { UserId = id, ErasedAt = now, RequestedBy = requestedBy });
            // Recorded after the key is gone: the entry is stored in clear and names nobody but the id.
            audit.Record(new AuditRecord("privacy.erased", "user", id.ToString(), new { requested_by = requestedBy, sources = names }, Subject: Guid.Empty));
            return true;
        }, ct);
        return TypedResults.Ok(new Response(id, now, names));
    }
}
