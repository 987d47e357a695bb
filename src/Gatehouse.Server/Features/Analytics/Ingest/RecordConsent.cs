using Gatehouse.Server.Features.Analytics.Storage;
using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Analytics.Ingest;

/// <summary>
/// <c>GET</c> / <c>PUT /analytics/consent</c>: the signed-in member reads or records whether the site may
/// record their analytics events. A change is audited; the same answer again changes nothing.
/// </summary>
public static class RecordConsent
{
    /// <param name="Granted">True to allow analytics events, false to withdraw.</param>
    public sealed record Request(bool? Granted);

    /// <param name="Required">Whether this site refuses events until consent is given.</param>
    /// <param name="Granted">The member's recorded answer (false when never given).</param>
    public sealed record Response(bool Required, bool Granted, DateTime? UpdatedAt);

    public static async Task<Ok<Response>> Get(GatehouseDb db, CurrentActor actor, IOptions<AnalyticsOptions> options, CancellationToken ct)
    {
        var row = await db.Set<AnalyticsConsent>().AsNoTracking().FirstOrDefaultAsync(c => c.UserId == actor.UserId, ct);
        return TypedResults.Ok(new Response(options.Value.RequireConsent, row?.Granted ?? false, row?.UpdatedAt));
    }

    public static async Task<Results<Ok<Response>, ValidationProblem>> Put(Request request, GatehouseDb db, CurrentActor actor, IAuditLog audit,
        ConsentBook book, IOptions<AnalyticsOptions> options, TimeProvider time, CancellationToken ct)
    {
        if (request.Granted is not { } granted) return Problems.Validation(new Validator().Required("granted", null).Errors);
        var userId = actor.UserId!.Value;
        var row = await db.WriteAsync(async c =>
        {
            var existing = await db.Set<AnalyticsConsent>().FirstOrDefaultAsync(x => x.UserId == userId, c);
            if (existing is not null && existing.Granted == granted) return existing;
            if (existing is null) db.Add(existing = new AnalyticsConsent { UserId = userId });
            existing.Granted = granted;
            existing.UpdatedAt = time.GetUtcNow().UtcDateTime;
            audit.Record(new AuditRecord(granted ? "analytics.consent_given" : "analytics.consent_withdrawn", "user", userId.ToString()));
            return existing;
        }, ct);
        book.Remember(userId, granted);
        return TypedResults.Ok(new Response(options.Value.RequireConsent, row.Granted, row.UpdatedAt));
    }
}
