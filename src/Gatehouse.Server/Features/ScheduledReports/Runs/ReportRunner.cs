using Gatehouse.Server.Features.ScheduledReports.Content;
using Gatehouse.Server.Features.ScheduledReports.Definitions;
using Gatehouse.Server.Features.ScheduledReports.Live;
using Gatehouse.Server.Features.ScheduledReports.Pdf;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.ScheduledReports.Runs;

/// <summary>
/// Produces one run: the period ends at the scheduled time (or now, for "run now") and lasts the
/// report's period; one file per recipient language; one pending delivery per recipient. Sending is
/// left to <see cref="Delivery.ReportDeliverer"/>, so a slow mail relay never holds a run open.
/// </summary>
public sealed class ReportRunner(
    GatehouseDb db, ReportContentBuilder content, ReportCsvWriter csv, ReportFiles files, ReportsLiveFeed feed,
    IOptions<ScheduledReportsOptions> options, TimeProvider time, ILogger<ReportRunner> log)
{
    public async Task<ReportRun> RunAsync(ScheduledReport report, string trigger, DateTime periodEnd, Guid? requestedBy, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var recipients = report.Recipients;
        var run = new ReportRun
        {
            ReportId = report.Id,
            Trigger = trigger,
            PeriodTo = periodEnd,
            PeriodFrom = PeriodStart(periodEnd, report.PeriodDays, ReportSchedule.Zone(report.TimeZone) ?? TimeZoneInfo.Utc),
            StartedAt = now,
            Format = report.Format,
            Languages = [.. recipients.Select(r => r.Language).Distinct().Order(StringComparer.Ordinal)],
            RequestedBy = requestedBy,
        };
        await db.WriteAsync(_ => Task.FromResult(db.Set<ReportRun>().Add(run)), ct);
        feed.Publish(run);
        try
        {
            foreach (var language in run.Languages)
                run.SizeBytes += await files.WriteAsync(run.Id, language, run.Format, stream => WriteAsync(report, run, language, stream, ct));
            run.Status = RunStatuses.Delivering;
            run.FilesExpireAt = now + options.Value.KeepFilesFor;
            foreach (var r in recipients)
                db.Set<ReportDelivery>().Add(new ReportDelivery { RunId = run.Id, Kind = r.Kind, Address = r.Address, Language = r.Language, NextAttemptAt = now });
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Scheduled report {Report} could not be produced", report.Id);
            files.Delete(run);
            run.Status = RunStatuses.Failed;
            run.Error = e.Message.Length > 1000 ? e.Message[..1000] : e.Message;
            run.FinishedAt = time.GetUtcNow().UtcDateTime;
        }
        await db.WriteAsync(_ => Task.FromResult(0), ct);
        feed.Publish(run);
        return run;
    }

    private async Task WriteAsync(ScheduledReport report, ReportRun run, string language, Stream stream, CancellationToken ct)
    {
        if (run.Format == ReportFormats.Csv)
        {
            await csv.WriteAsync(report, run.PeriodFrom, run.PeriodTo, language, stream, ct);
            return;
        }
        var page = await content.BuildAsync(report, run.PeriodFrom, run.PeriodTo, language, options.Value.MaxPdfRows, ct);
        // PDFsharp writes synchronously; into memory first, then to the file asynchronously.
        using var buffer = new MemoryStream();
        ReportPdfWriter.Write(page, language, buffer);
        buffer.Position = 0;
        await buffer.CopyToAsync(stream, ct);
    }

    /// <summary>
    /// The same local time <paramref name="days"/> days earlier: a daily 09:00 Paris report covers
    /// 09:00 to 09:00 even on the 23-hour day of a daylight-saving change.
    /// </summary>
    public static DateTime PeriodStart(DateTime end, int days, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(end, DateTimeKind.Utc), zone).AddDays(-days);
        // A local time skipped by spring-forward does not exist: take the first instant after the gap.
        while (zone.IsInvalidTime(local)) local = local.AddMinutes(30);
        return TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone);
    }

    /// <summary>A run's overall status from its deliveries.</summary>
    public static async Task SettleAsync(GatehouseDb db, ReportRun run, DateTime now, CancellationToken ct)
    {
        var statuses = await db.Set<ReportDelivery>().Where(d => d.RunId == run.Id).Select(d => d.Status).ToListAsync(ct);
        if (statuses.Contains(DeliveryStatuses.Pending)) return;
        run.Status = statuses.All(s => s == DeliveryStatuses.Sent) ? RunStatuses.Delivered
            : statuses.Any(s => s == DeliveryStatuses.Sent) ? RunStatuses.PartlyFailed : RunStatuses.Failed;
        run.FinishedAt ??= now;
    }
}
