using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Analytics.SiteKeys;

/// <summary>List, create, change, rotate and delete the public site keys; every change is audited.</summary>
public static class SiteKeyUseCases
{
    public const int MaxEventsPerMinute = 10_000_000;

    /// <param name="Key">The value to put in the site's pages (<c>X-Site-Key</c>); public by design.</param>
    /// <param name="EventsPerMinute">Events the key may send per minute, all visitors together.</param>
    public sealed record Response(Guid Id, string Name, string Key, int EventsPerMinute, Guid CreatedBy, DateTime CreatedAt, DateTime? RotatedAt)
    {
        public static Response Of(SiteKey k) => new(k.Id, k.Name, k.Key, k.EventsPerMinute, k.CreatedByUserId, k.CreatedAt, k.RotatedAt);
    }

    public sealed record ListResponse(IReadOnlyList<Response> Items);

    /// <param name="EventsPerMinute">Optional; the per-source default (Analytics:EventsPerMinutePerSource) otherwise.</param>
    public sealed record CreateRequest(string? Name, int? EventsPerMinute = null);

    /// <summary>Only the fields sent change.</summary>
    public sealed record UpdateRequest(string? Name = null, int? EventsPerMinute = null);

    public static async Task<Ok<ListResponse>> List(GatehouseDb db, CancellationToken ct) =>
        TypedResults.Ok(new ListResponse([.. (await db.Set<SiteKey>().AsNoTracking().OrderBy(k => k.CreatedAt).ToListAsync(ct)).Select(Response.Of)]));

    public static async Task<Results<Created<Response>, ValidationProblem>> Create(
        CreateRequest request, GatehouseDb db, CurrentActor actor, IAuditLog audit, SiteKeyCache cache, IOptions<AnalyticsOptions> options,
        TimeProvider time, CancellationToken ct)
    {
        var v = Validate(new Validator().Required("name", request.Name), request.Name, request.EventsPerMinute, options.Value);
        if (!v.IsValid) return Problems.Validation(v.Errors);
        var key = new SiteKey
        {
            Name = request.Name!.Trim(),
            Key = SiteKey.NewKey(),
            EventsPerMinute = request.EventsPerMinute ?? options.Value.EventsPerMinutePerSource,
            CreatedByUserId = actor.UserId!.Value,
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        await db.WriteAsync(c =>
        {
            db.Set<SiteKey>().Add(key);
            audit.Record(new AuditRecord("analytics.site_key_created", "site_key", key.Id.ToString(), new { name = key.Name, events_per_minute = key.EventsPerMinute }));
            return Task.FromResult(0);
        }, ct);
        cache.Forget();
        return TypedResults.Created($"/api/v1/analytics/site-keys/{key.Id}", Response.Of(key));
    }

    public static async Task<Results<Ok<Response>, ValidationProblem>> Update(
        Guid id, UpdateRequest request, GatehouseDb db, IAuditLog audit, SiteKeyCache cache, IOptions<AnalyticsOptions> options, CancellationToken ct)
    {
        var v = Validate(new Validator(), request.Name, request.EventsPerMinute, options.Value);
        if (request.Name is not null && string.IsNullOrWhiteSpace(request.Name)) v.Add("name", Messages.Get("required"));
        if (!v.IsValid) return Problems.Validation(v.Errors);
        var key = await db.WriteAsync(async c =>
        {
            var k = await LoadAsync(db, id, c);
            var before = Response.Of(k);
            k.Name = request.Name?.Trim() ?? k.Name;
            k.EventsPerMinute = request.EventsPerMinute ?? k.EventsPerMinute;
            var after = Response.Of(k);
            // A change that changes nothing writes nothing: no audit entry either.
            if (after != before) audit.Record(new AuditRecord("analytics.site_key_updated", "site_key", k.Id.ToString(), AuditDiff.Of(before with { Key = "" }, after with { Key = "" })));
            return k;
        }, ct);
        cache.Forget();
        return TypedResults.Ok(Response.Of(key));
    }

    public static async Task<Ok<Response>> Rotate(Guid id, GatehouseDb db, IAuditLog audit, SiteKeyCache cache, TimeProvider time, CancellationToken ct)
    {
        var key = await db.WriteAsync(async c =>
        {
            var k = await LoadAsync(db, id, c);
            k.Key = SiteKey.NewKey();
            k.RotatedAt = time.GetUtcNow().UtcDateTime;
            audit.Record(new AuditRecord("analytics.site_key_rotated", "site_key", k.Id.ToString(), new { name = k.Name }));
            return k;
        }, ct);
        cache.Forget();
        return TypedResults.Ok(Response.Of(key));
    }

    public static async Task<NoContent> Delete(Guid id, GatehouseDb db, IAuditLog audit, SiteKeyCache cache, CancellationToken ct)
    {
        await db.WriteAsync(async c =>
        {
            var k = await LoadAsync(db, id, c);
            db.Set<SiteKey>().Remove(k);
            audit.Record(new AuditRecord("analytics.site_key_deleted", "site_key", k.Id.ToString(), new { name = k.Name }));
            return 0;
        }, ct);
        cache.Forget();
        return TypedResults.NoContent();
    }

    private static Validator Validate(Validator v, string? name, int? eventsPerMinute, AnalyticsOptions o)
    {
        v.MaxLength("name", name, 100);
        if (eventsPerMinute is { } n && (n < o.MaxBatchEvents || n > MaxEventsPerMinute))
            v.Add("events_per_minute", AnalyticsText.Get("site_key.rate", o.MaxBatchEvents, MaxEventsPerMinute));
        return v;
    }

    private static async Task<SiteKey> LoadAsync(GatehouseDb db, Guid id, CancellationToken ct) =>
        await db.Set<SiteKey>().FirstOrDefaultAsync(k => k.Id == id, ct)
        ?? throw new RuleViolation(404, "not-found", Messages.Get("not_found", "site key"));
}
