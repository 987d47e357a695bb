using System.Net;
using Gatehouse.Server.Features.Roles;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Http;
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
        if (url.Length > 2048 || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")
            || uri.UserInfo.Length > 0 || uri.Fragment.Length > 0)
        {
            v.Add("url", Messages.Get("webhook.url"));
            return;
        }
        var loopbackHost = uri.IsLoopback || uri.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase);
        if (uri.Scheme == "http" && !(allowLoopback && loopbackHost))
        {
            v.Add("url", Messages.Get("webhook.https"));
            return;
        }
        if (loopbackHost && !allowLoopback)
            v.Add("url", Messages.Get("webhook.address", uri.Host));
        else if (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && SsrfGuard.Refusal(ip, allowLoopback) is not null)
            v.Add("url", Messages.Get("webhook.address", uri.Host));
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
        var roles = await db.Set<Role>().AsNoTracking().Select(r => new { r.Id, r.NameNormalized }).ToListAsync(ct);
        var ids = new List<Guid>();
        foreach (var reference in references.Distinct())
        {
            var role = roles.FirstOrDefault(r => (Guid.TryParse(reference, out var id) && r.Id == id) || r.NameNormalized == Features.Roles.Role.Normalize(reference));
            if (role is null) v.Add("filter_role_ids", Messages.Get("role.unknown", reference));
            else ids.Add(role.Id);
        }
        return ids;
    }

    public static async Task<Webhook> LoadAsync(GatehouseDb db, Guid id, CancellationToken ct) =>
        await db.Set<Webhook>().FirstOrDefaultAsync(w => w.Id == id, ct)
        ?? throw new RuleViolation(404, "not-found", Messages.Get("not_found", "webhook"));
}
