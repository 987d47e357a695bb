using System.Text.Json;
using Gatehouse.Server.Features.ScheduledReports.Definitions;
using Gatehouse.Server.Features.ScheduledReports.Live;
using Gatehouse.Server.Features.ScheduledReports.Runs;
using Gatehouse.Server.Features.Webhooks.Contracts;
using Gatehouse.Server.Infrastructure;
using Gatehouse.Server.Infrastructure.Mail;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.ScheduledReports.Delivery;

/// <summary>
/// Sends due deliveries: the file attached to an e-mail through the server's SMTP sender, or a POST
/// signed per Standard Webhooks through the webhooks feature's guarded sender (the same
/// <c>webhook-id</c> on every retry). A failure waits its turn on <see cref="ScheduledReportsOptions.RetrySchedule"/>.
/// </summary>
public sealed class ReportDeliverer(
    GatehouseDb db, MailSender mail, ISignedWebhookSender webhooks, ReportFiles files, ReportsLiveFeed feed, IDataProtectionProvider protection,
    IOptions<ScheduledReportsOptions> options, TimeProvider time)
{
    public const string ProtectorPurpose = "Gatehouse.ScheduledReports.WebhookSecret.v1";
    private readonly IDataProtector _protector = protection.CreateProtector(ProtectorPurpose);

    /// <returns>When the next pending delivery falls due, or null when none waits.</returns>
    public async Task<DateTime?> DeliverDueAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var dueNow = await db.Set<ReportDelivery>().Where(d => d.Status == DeliveryStatuses.Pending && d.NextAttemptAt <= now)
            .OrderBy(d => d.NextAttemptAt).Take(50).ToListAsync(ct);
        foreach (var delivery in dueNow)
        {
            var run = await db.Set<ReportRun>().FirstOrDefaultAsync(r => r.Id == delivery.RunId, ct);
            var report = run is null ? null : await db.Set<ScheduledReport>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == run.ReportId, ct);
            if (run is null || report is null) continue; // deleted with its report in between
            // Claimed by a conditional update before sending: two nodes passing at once send it once.
            var due = delivery.NextAttemptAt;
            var claimedUntil = now + options.Value.WebhookTimeout + TimeSpan.FromMinutes(5);
            if (await db.WriteAsync(c => db.Set<ReportDelivery>()
                    .Where(d => d.Id == delivery.Id && d.Status == DeliveryStatuses.Pending && d.NextAttemptAt == due)
                    .ExecuteUpdateAsync(s => s.SetProperty(d => d.NextAttemptAt, claimedUntil), c), ct) != 1) continue;
            var error = await SendAsync(report, run, delivery, ct);
            Apply(delivery, error, options.Value.RetrySchedule, time.GetUtcNow().UtcDateTime);
            await db.WriteAsync(async c =>
            {
                await db.SaveChangesAsync(c);
                await ReportRunner.SettleAsync(db, run, time.GetUtcNow().UtcDateTime, c);
                return 0;
            }, ct);
            feed.Publish(run);
        }
        return await db.Set<ReportDelivery>().Where(d => d.Status == DeliveryStatuses.Pending)
            .OrderBy(d => d.NextAttemptAt).Select(d => (DateTime?)d.NextAttemptAt).FirstOrDefaultAsync(ct);
    }

    /// <summary>Records one attempt: sent, retry later, or given up once the schedule has run out.</summary>
    public static void Apply(ReportDelivery delivery, string? error, IReadOnlyList<TimeSpan> schedule, DateTime now)
    {
        delivery.Attempts++;
        delivery.LastError = error is { Length: > 1000 } ? error[..1000] : error;
        if (error is null)
        {
            delivery.Status = DeliveryStatuses.Sent;
            delivery.SentAt = now;
        }
        else if (delivery.Attempts > schedule.Count)
        {
            delivery.Status = DeliveryStatuses.Failed;
        }
        else
        {
            delivery.NextAttemptAt = now + schedule[delivery.Attempts - 1];
        }
    }

    private async Task<string?> SendAsync(ScheduledReport report, ReportRun run, ReportDelivery delivery, CancellationToken ct)
    {
        var path = files.PathOf(run.Id, delivery.Language, run.Format);
        if (!File.Exists(path)) return "the report file is no longer kept";
        var name = ReportFiles.DownloadName(report, run, delivery.Language);
        var community = options.Value.CommunityName;
        var title = ReportText.In(delivery.Language, "title." + report.Kind);
        var zone = ReportSchedule.Zone(report.TimeZone) ?? TimeZoneInfo.Utc;
        var culture = ReportText.Culture(delivery.Language);
        string Local(DateTime at) => TimeZoneInfo.ConvertTimeFromUtc(at, zone).ToString("g", culture);
        if (delivery.Kind == RecipientKinds.Email)
        {
            try
            {
                await mail.SendAsync([delivery.Address], ReportText.In(delivery.Language, "mail.subject", community, report.Name, Local(run.PeriodTo)),
                    ReportText.In(delivery.Language, "mail.body", report.Name, community, Local(run.PeriodFrom), Local(run.PeriodTo), report.TimeZone),
                    [new MailAttachment(name, ReportFiles.ContentType(run.Format), () => File.OpenRead(path))], ct);
                return null;
            }
            catch (MailNotSentException e)
            {
                return e.Message;
            }
        }
        var size = new FileInfo(path).Length;
        var inline = size <= options.Value.WebhookInlineLimit ? Convert.ToBase64String(await File.ReadAllBytesAsync(path, ct)) : null;
        var body = JsonSerializer.Serialize(new
        {
            type = "report.generated",
            report_id = report.Id,
            run_id = run.Id,
            name = report.Name,
            kind = report.Kind,
            community,
            period_from = run.PeriodFrom,
            period_to = run.PeriodTo,
            time_zone = report.TimeZone,
            language = delivery.Language,
            format = run.Format,
            file_name = name,
            content_type = ReportFiles.ContentType(run.Format),
            size_bytes = size,
            content_base64 = inline,
        }, GatehouseJson.Options);
        var message = new SignedWebhook(delivery.Address, "msg_" + delivery.Id.ToString("N"), body, [_protector.Unprotect(report.WebhookSecretProtected!)],
            "Gatehouse-Reports")
        {
            AllowLoopback = options.Value.AllowLoopback,
            Timeout = options.Value.WebhookTimeout,
        };
        var result = await webhooks.SendAsync(message, ct);
        return result.Succeeded ? null : result.Error;
    }

    public string Protect(string secret) => _protector.Protect(secret);
}
