using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Webhooks;

/// <summary>How a webhook has been doing over the last 24 hours.</summary>
/// <param name="SuccessRate">Share of attempted deliveries that succeeded (null when none were attempted).</param>
public sealed record WebhookHealth(double? SuccessRate, int Attempted, int Succeeded, int Pending, DateTime? LastDeliveryAt, int? LastResponseStatus,
    DateTime? FailingSince);

/// <summary>A webhook as the API shows it: never its secret.</summary>
/// <param name="PreviousSecretValidUntil">After a rotation, until when deliveries also carry the previous secret's signature.</param>
public sealed record WebhookResponse(
    Guid Id, string Url, string? Description, IReadOnlyList<string> EventTypes, IReadOnlyList<Guid> FilterRoleIds, bool Enabled,
    int MaxPerSecond, DateTime CreatedAt, DateTime UpdatedAt, string? DisabledReason, DateTime? DisabledAt, DateTime? PreviousSecretValidUntil,
    WebhookHealth Health, int Version)
{
    public static readonly TimeSpan HealthWindow = TimeSpan.FromHours(24);

    public static WebhookResponse Of(Webhook w, WebhookHealth health, int defaultMaxPerSecond, DateTime now) =>
        new(w.Id, w.Url, w.Description, w.EventTypes, w.FilterRoleIds, w.Enabled, w.MaxPerSecond ?? defaultMaxPerSecond, w.CreatedAt, w.UpdatedAt,
            w.DisabledReason, w.DisabledAt, w.PreviousSecretValidUntil > now ? w.PreviousSecretValidUntil : null, health, w.Version);

    public static async Task<Dictionary<Guid, WebhookHealth>> HealthAsync(GatehouseDb db, IReadOnlyCollection<Webhook> hooks, DateTime now, CancellationToken ct)
    {
        var ids = hooks.Select(h => h.Id).ToList();
        var since = now - HealthWindow;
        var rows = await db.Set<WebhookDelivery>().AsNoTracking()
            .Where(d => ids.Contains(d.WebhookId) && (d.LastAttemptAt >= since || d.Status == DeliveryStatuses.Pending))
            .Select(d => new { d.WebhookId, d.Status, d.LastAttemptAt }).ToListAsync(ct);
        return hooks.ToDictionary(h => h.Id, h =>
        {
            var mine = rows.Where(r => r.WebhookId == h.Id).ToList();
            var attempted = mine.Count(r => r.LastAttemptAt >= since);
            var succeeded = mine.Count(r => r.LastAttemptAt >= since && r.Status == DeliveryStatuses.Succeeded);
            return new WebhookHealth(attempted == 0 ? null : Math.Round((double)succeeded / attempted, 4), attempted, succeeded,
                mine.Count(r => r.Status == DeliveryStatuses.Pending), h.LastDeliveryAt, h.LastResponseStatus, h.FailingSince);
        });
    }
}

/// <summary>A webhook just created, or its secret just rotated: the only answers that carry the secret.</summary>
/// <param name="Secret">The <c>whsec_</c> signing secret. Store it now: it is never shown again.</param>
public sealed record WebhookSecretResponse(string Secret, WebhookResponse Webhook);
