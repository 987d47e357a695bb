using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Features.Webhooks.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Webhooks;

public static class WebhookRules
{
    public const int MaxPerSecondLimit = 1000;

    /// <summary>https only (http and loopback only with the development setting); literal internal addresses refused at once.</summary>
    public static void ValidateUrl(Validator v, string? url, bool allowLoopback)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            v.Add("url", Messages.Get("required"));
            return;
        }
        switch (WebhookUrl.Check(url, allowLoopback))
        {
            case (WebhookUrlProblem.Malformed, _): v.Add("url", Messages.Get("webhook.url")); break;
            case (WebhookUrlProblem.NotHttps, _): v.Add("url", Messages.Get("webhook.https")); break;
            case (WebhookUrlProblem.InternalAddress, var host): v.Add("url", Messages.Get("webhook.address", host)); break;
        }
    }

    public static void ValidateEventTypes(Validator v, IReadOnlyList<string>? types, bool required)
    {
        if (types is null)
        {
            if (required) v.Add("event_types", Messages.Get("required"));
            return;
        }
        if (types.Count == 0) v.Add("event_types", Messages.Get("required"));
        foreach (var t in types)
            if (!WebhookEventTypes.Subscribable.Contains(t))
                v.Add("event_types", Messages.Get("webhook.event_type", t, string.Join(", ", WebhookEventTypes.Subscribable)));
    }

    public static void ValidateRest(Validator v, string? description, int? maxPerSecond)
    {
        v.MaxLength("description", description, 500);
        if (maxPerSecond is < 1 or > MaxPerSecondLimit) v.Add("max_per_second", Messages.Get("webhook.rate", MaxPerSecondLimit));
    }

    /// <summary>Role references (ids or names) to role ids; null when none were sent.</summary>
    public static async Task<List<Guid>?> ResolveRolesAsync(Validator v, GatehouseDb db, IReadOnlyList<string>? references, CancellationToken ct)
    {
        if (references is null) return null;
        var roles = await RoleDirectory.LoadAsync(db, ct);
        var ids = new List<Guid>();
        foreach (var reference in references.Distinct())
        {
            var role = roles.Resolve(reference);
            if (role is null) v.Add("filter_role_ids", Messages.Get("role.unknown", reference));
            else ids.Add(role.Id);
        }
        return ids;
    }

    public static async Task<Webhook> LoadAsync(GatehouseDb db, Guid id, CancellationToken ct) =>
        await db.Set<Webhook>().FirstOrDefaultAsync(w => w.Id == id, ct)
        ?? throw new RuleViolation(404, "not-found", Messages.Get("not_found", "webhook"));
}
