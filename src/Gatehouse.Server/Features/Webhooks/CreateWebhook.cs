using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Http;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Webhooks;

public static class CreateWebhook
{
    /// <summary>A new webhook.</summary>
    /// <param name="Url">https URL that receives POSTed events.</param>
    /// <param name="EventTypes">Event types to receive (see GET /api/v1/webhooks/event-types).</param>
    /// <param name="FilterRoleIds">Optional: member events only for members holding one of these roles (ids or names).</param>
    /// <param name="MaxPerSecond">Optional cap on deliveries per second.</param>
    public sealed record Request(
        string? Url, IReadOnlyList<string>? EventTypes, string? Description = null, bool Enabled = true,
        IReadOnlyList<string>? FilterRoleIds = null, int? MaxPerSecond = null);

    public static async Task<Results<Created<WebhookSecretResponse>, ValidationProblem>> Handle(
        Request request, HttpContext http, GatehouseDb db, CurrentActor actor, IAuditLog audit, WebhookSecrets secrets,
        IOptions<WebhooksOptions> options, TimeProvider time, CancellationToken ct)
    {
        var v = new Validator();
        WebhookRules.ValidateUrl(v, request.Url, options.Value.AllowLoopback);
        WebhookRules.ValidateEventTypes(v, request.EventTypes, required: true);
        WebhookRules.ValidateRest(v, request.Description, request.MaxPerSecond);
        var roleIds = await WebhookRules.ResolveRolesAsync(v, db, request.FilterRoleIds, ct);
        if (!v.IsValid) return Problems.Validation(v.Errors);

        var now = time.GetUtcNow().UtcDateTime;
        var secret = WebhookSecrets.NewSecret();
        var hook = new Webhook
        {
            Url = request.Url!.Trim(),
            Description = request.Description,
            EventTypes = [.. request.EventTypes!.Distinct()],
            FilterRoleIds = roleIds ?? [],
            Enabled = request.Enabled,
            MaxPerSecond = request.MaxPerSecond,
            SecretProtected = secrets.Protect(secret),
            CreatedAt = now,
            UpdatedAt = now,
            CreatedByUserId = actor.UserId,
        };
        await db.WriteAsync(c =>
        {
            db.Set<Webhook>().Add(hook);
            audit.Record(new AuditRecord("webhook.created", "webhook", hook.Id.ToString(), new
            {
                url = hook.Url,
                event_types = hook.EventTypes,
                enabled = hook.Enabled,
                filter_role_ids = hook.FilterRoleIds,
                max_per_second = hook.MaxPerSecond,
            }));
            return Task.FromResult(0);
        }, ct);
        Preconditions.SetETag(http, hook.Version);
        var health = new WebhookHealth(null, 0, 0, 0, null, null, null);
        return TypedResults.Created($"/api/v1/webhooks/{hook.Id}",
            new WebhookSecretResponse(secret, WebhookResponse.Of(hook, health, options.Value.DefaultMaxPerSecond, now)));
    }
}
