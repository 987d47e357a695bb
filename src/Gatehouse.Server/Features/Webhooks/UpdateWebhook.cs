using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Http;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Webhooks;

public static class UpdateWebhook
{
    /// <summary>Fields to change; absent fields stay. Enabling a disabled webhook clears its failure state.</summary>
    public sealed record Request(
        string? Url = null, IReadOnlyList<string>? EventTypes = null, string? Description = null, bool? Enabled = null,
        IReadOnlyList<string>? FilterRoleIds = null, int? MaxPerSecond = null);

    public static async Task<Results<Ok<WebhookResponse>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid id, Request request, HttpContext http, GatehouseDb db, IAuditLog audit, IOptions<WebhooksOptions> options, WebhookSignal signal,
        TimeProvider time, CancellationToken ct)
    {
        var v = new Validator();
        if (request.Url is not null) WebhookRules.ValidateUrl(v, request.Url, options.Value.AllowLoopback);
        WebhookRules.ValidateEventTypes(v, request.EventTypes, required: false);
        WebhookRules.ValidateRest(v, request.Description, request.MaxPerSecond);
        var roleIds = await WebhookRules.ResolveRolesAsync(v, db, request.FilterRoleIds, ct);
        if (!v.IsValid) return Problems.Validation(v.Errors);

        var now = time.GetUtcNow().UtcDateTime;
        ProblemHttpResult? stale = null;
        var hook = await db.WriteAsync(async c =>
        {
            var w = await WebhookRules.LoadAsync(db, id, c);
            if (Preconditions.CheckIfMatch(http, w.Version, "webhook") is { } failed)
            {
                stale = failed;
                return w;
            }
            var before = new { w.Url, w.Description, EventTypes = w.EventTypes.ToList(), w.Enabled, FilterRoleIds = w.FilterRoleIds.ToList(), w.MaxPerSecond };
            if (request.Url is not null) w.Url = request.Url.Trim();
            if (request.Description is not null) w.Description = request.Description;
            if (request.EventTypes is not null) w.EventTypes = [.. request.EventTypes.Distinct()];
            if (roleIds is not null) w.FilterRoleIds = roleIds;
            if (request.MaxPerSecond is not null) w.MaxPerSecond = request.MaxPerSecond;
            if (request.Enabled is { } enabled && enabled != w.Enabled)
            {
                w.Enabled = enabled;
                w.FailingSince = null;
                w.DisabledReason = enabled ? null : "Disabled by an administrator";
                w.DisabledAt = enabled ? null : now;
            }
            var after = new { w.Url, w.Description, EventTypes = w.EventTypes.ToList(), w.Enabled, FilterRoleIds = w.FilterRoleIds.ToList(), w.MaxPerSecond };
            if (System.Text.Json.JsonSerializer.Serialize(before) == System.Text.Json.JsonSerializer.Serialize(after)) return w;
            w.Version++;
            w.UpdatedAt = now;
            audit.Record(new AuditRecord("webhook.updated", "webhook", w.Id.ToString(), new { before, after }));
            return w;
        }, ct);
        if (stale is not null) return stale;
        signal.Notify();
        var health = await WebhookResponse.HealthAsync(db, [hook], now, ct);
        Preconditions.SetETag(http, hook.Version);
        return TypedResults.Ok(WebhookResponse.Of(hook, health[id], options.Value.DefaultMaxPerSecond, now));
    }
}
