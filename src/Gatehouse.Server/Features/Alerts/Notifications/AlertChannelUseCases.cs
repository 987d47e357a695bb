using System.Security.Cryptography;
using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Features.Webhooks.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Http;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Alerts.Notifications;

/// <summary>A notification channel; the webhook signing secret is never shown after creation.</summary>
public sealed record AlertChannelResponse(Guid Id, string Name, string Kind, IReadOnlyList<string> Recipients, string? Url, DateTime CreatedAt)
{
    public static AlertChannelResponse Of(AlertChannel c) => new(c.Id, c.Name, c.Kind, c.Recipients, c.Url, c.CreatedAt);
}

/// <param name="Secret">The webhook channel's <c>whsec_</c> signing secret, shown this once (null for e-mail).</param>
public sealed record CreatedAlertChannelResponse(AlertChannelResponse Channel, string? Secret);

public static class CreateAlertChannel
{
    public const int MaxRecipients = 20;

    /// <param name="Kind">email or webhook.</param>
    /// <param name="Recipients">E-mail addresses (kind email).</param>
    /// <param name="Url">https URL that receives signed POSTs (kind webhook).</param>
    public sealed record Request(string? Name, string? Kind, IReadOnlyList<string>? Recipients = null, string? Url = null);

    public static async Task<Results<Created<CreatedAlertChannelResponse>, ValidationProblem>> Handle(
        Request request, GatehouseDb db, IAuditLog audit, NotificationSender sender, IOptions<AlertsOptions> options, TimeProvider time,
        CancellationToken ct)
    {
        var v = new Validator();
        v.Required("name", request.Name).MaxLength("name", request.Name, 100);
        if (request.Kind is null || !AlertChannelKinds.All.Contains(request.Kind))
            v.Add("kind", AlertText.Get("channel.kind", string.Join(", ", AlertChannelKinds.All)));
        else if (request.Kind == AlertChannelKinds.Email) ValidateEmail(v, request);
        else ValidateWebhook(v, request, options.Value.AllowLoopback);
        if (!v.IsValid) return Problems.Validation(v.Errors);

        string? secret = request.Kind == AlertChannelKinds.Webhook ? "whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) : null;
        var channel = new AlertChannel
        {
            Name = request.Name!.Trim(),
            Kind = request.Kind!,
            Recipients = [.. (request.Recipients ?? []).Select(r => r.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)],
            Url = request.Url?.Trim(),
            SecretProtected = secret is null ? null : sender.Protect(secret),
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        await db.WriteAsync(_ =>
        {
            db.Set<AlertChannel>().Add(channel);
            audit.Record(new AuditRecord("alert_channel.created", "alert_channel", channel.Id.ToString(),
                new { name = channel.Name, kind = channel.Kind, recipients = channel.Recipients, url = channel.Url }));
            return Task.FromResult(0);
        }, ct);
        return TypedResults.Created($"/api/v1/alert-channels/{channel.Id}", new CreatedAlertChannelResponse(AlertChannelResponse.Of(channel), secret));
    }

    private static void ValidateEmail(Validator v, Request r)
    {
        if (r.Url is not null) v.Add("url", AlertText.Get("channel.not_for_kind", AlertChannelKinds.Email));
        if (r.Recipients is null || r.Recipients.Count is 0 or > MaxRecipients)
        {
            v.Add("recipients", AlertText.Get("channel.recipients", MaxRecipients));
            return;
        }
        foreach (var address in r.Recipients)
            if (address is null || !Validator.IsEmail(address.Trim())) v.Add("recipients", AlertText.Get("channel.recipient", address));
    }

    private static void ValidateWebhook(Validator v, Request r, bool allowLoopback)
    {
        if (r.Recipients is not null) v.Add("recipients", AlertText.Get("channel.not_for_kind", AlertChannelKinds.Webhook));
        if (string.IsNullOrWhiteSpace(r.Url))
        {
            v.Add("url", Messages.Get("required"));
            return;
        }
        var (problem, host) = WebhookUrl.Check(r.Url, allowLoopback);
        if (problem is WebhookUrlProblem.Malformed or WebhookUrlProblem.NotHttps) v.Add("url", AlertText.Get("channel.url"));
        else if (problem == WebhookUrlProblem.InternalAddress) v.Add("url", AlertText.Get("channel.address", host));
    }
}

public static class ListAlertChannels
{
    public static async Task<Ok<Page<AlertChannelResponse>>> Handle(GatehouseDb db, CancellationToken ct)
    {
        var rows = await db.Set<AlertChannel>().AsNoTracking().OrderBy(c => c.Name).ThenBy(c => c.Id).Take(500).ToListAsync(ct);
        return TypedResults.Ok(new Page<AlertChannelResponse>([.. rows.Select(AlertChannelResponse.Of)], null, rows.Count));
    }
}

public static class DeleteAlertChannel
{
    /// <summary>Removes the channel, its queued notices, and its place in every rule.</summary>
    public static async Task<NoContent> Handle(Guid id, GatehouseDb db, IAuditLog audit, CancellationToken ct)
    {
        await db.WriteAsync(async c =>
        {
            var channel = await LoadAsync(db, id, c);
            foreach (var rule in await db.Set<Rules.AlertRule>().ToListAsync(c))
                if (rule.ChannelIds.Contains(id)) rule.ChannelIds = [.. rule.ChannelIds.Where(x => x != id)];
            db.Set<AlertChannel>().Remove(channel);
            audit.Record(new AuditRecord("alert_channel.deleted", "alert_channel", id.ToString(), new { name = channel.Name, kind = channel.Kind }));
            return 0;
        }, ct);
        return TypedResults.NoContent();
    }

    public static async Task<AlertChannel> LoadAsync(GatehouseDb db, Guid id, CancellationToken ct) =>
        await db.Set<AlertChannel>().FirstOrDefaultAsync(c => c.Id == id, ct)
        ?? throw new RuleViolation(404, "not-found", Messages.Get("not_found", "channel"));
}
