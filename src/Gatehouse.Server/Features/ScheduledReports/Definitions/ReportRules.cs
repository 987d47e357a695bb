using Gatehouse.Server.Features.Analytics.Contracts;
using Gatehouse.Server.Features.Moderation.Contracts;
using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Features.Webhooks.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.ScheduledReports.Definitions;

/// <summary>What makes a scheduled report valid, and how an input becomes the stored report.</summary>
public static class ReportRules
{
    public const int MaxRecipients = 20;
    public const int MaxMetrics = 8;

    public static async Task ValidateAsync(Validator v, ReportInput r, bool allowLoopback, IMemberDirectory members, CancellationToken ct)
    {
        v.Required("name", r.Name).MaxLength("name", r.Name, 100);
        if (r.Kind is null || !ReportKinds.All.Contains(r.Kind)) v.Add("kind", ReportText.Get("kind.unknown", string.Join(", ", ReportKinds.All)));
        if (r.Format is null || !ReportFormats.All.Contains(r.Format)) v.Add("format", ReportText.Get("format.unknown", string.Join(", ", ReportFormats.All)));
        if (r.PeriodDays is not (>= 1 and <= 366)) v.Add("period_days", ReportText.Get("period.range"));
        var zone = ReportSchedule.Zone(r.TimeZone);
        if (zone is null) v.Add("time_zone", ReportText.Get("time_zone.unknown", r.TimeZone));
        if (ReportSchedule.Parse(r.Cron) is not { } cron) v.Add("cron", ReportText.Get("cron.invalid", r.Cron));
        else if (zone is not null && cron.GetNextOccurrence(DateTime.UtcNow, zone) is null) v.Add("cron", ReportText.Get("cron.never"));
        ValidateRecipients(v, r.Recipients, allowLoopback);
        if (r.Kind is not null && ReportKinds.All.Contains(r.Kind)) await ValidateViewAsync(v, r.Kind, r.View ?? new ReportView(), members, ct);
    }

    private static async Task ValidateViewAsync(Validator v, string kind, ReportView view, IMemberDirectory members, CancellationToken ct)
    {
        void NotFor(string field, object? value)
        {
            if (value is not null) v.Add("view." + field, ReportText.Get("not_for_kind", kind));
        }
        if (kind != ReportKinds.Members)
        {
            NotFor("role", view.Role); NotFor("tag", view.Tag); NotFor("state", view.State); NotFor("joined_after", view.JoinedAfter); NotFor("joined_before", view.JoinedBefore);
        }
        if (kind != ReportKinds.Moderation) NotFor("sanction_kinds", view.SanctionKinds);
        if (kind != ReportKinds.Analytics)
        {
            NotFor("metrics", view.Metrics); NotFor("segment", view.Segment);
        }
        if (kind != ReportKinds.Audit) NotFor("action_prefix", view.ActionPrefix);
        switch (kind)
        {
            case ReportKinds.Members:
                if (view.Role is not null && !await members.RoleExistsAsync(view.Role, ct)) v.Add("view.role", ReportText.Get("role.unknown", view.Role));
                if (view.State is not null && !MemberFilter.States.Contains(view.State))
                    v.Add("view.state", ReportText.Get("state.unknown", string.Join(", ", MemberFilter.States)));
                v.MaxLength("view.tag", view.Tag, 50);
                break;
            case ReportKinds.Moderation:
                foreach (var k in view.SanctionKinds ?? [])
                    if (k is null || !ModerationLogEntry.Kinds.Contains(k))
                        v.Add("view.sanction_kinds", ReportText.Get("sanction_kind.unknown", k, string.Join(", ", ModerationLogEntry.Kinds)));
                break;
            case ReportKinds.Analytics:
                if (view.Metrics is null || view.Metrics.Count is 0 or > MaxMetrics) v.Add("view.metrics", ReportText.Get("metrics.count", MaxMetrics));
                else
                    foreach (var m in view.Metrics)
                        if (m is null || !AnalyticsMetrics.IsKnown(m))
                            v.Add("view.metrics", ReportText.Get("metric.unknown", m, string.Join(", ", AnalyticsMetrics.All)));
                if (view.Segment is not null && MetricSegment.Parse(view.Segment) is null)
                    v.Add("view.segment", ReportText.Get("segment.format", string.Join(", ", AnalyticsDimensions.All)));
                break;
            default:
                v.MaxLength("view.action_prefix", view.ActionPrefix, 64);
                break;
        }
    }

    private static void ValidateRecipients(Validator v, IReadOnlyList<ReportRecipient>? recipients, bool allowLoopback)
    {
        if (recipients is null || recipients.Count is 0 or > MaxRecipients)
        {
            v.Add("recipients", ReportText.Get("recipients.count", MaxRecipients));
            return;
        }
        foreach (var r in recipients)
        {
            if (r is null || !RecipientKinds.All.Contains(r.Kind))
            {
                v.Add("recipients", ReportText.Get("recipient.kind"));
                continue;
            }
            if (!ReportLanguages.All.Contains(r.Language)) v.Add("recipients", ReportText.Get("recipient.language"));
            if (r.Kind == RecipientKinds.Email)
            {
                if (r.Address is null || !Validator.IsEmail(r.Address.Trim())) v.Add("recipients", ReportText.Get("recipient.email", r.Address));
            }
            else if (UrlProblem(r.Address, allowLoopback) is { } problem) v.Add("recipients", problem);
        }
    }

    private static string? UrlProblem(string? url, bool allowLoopback) => WebhookUrl.Check(url, allowLoopback) switch
    {
        (WebhookUrlProblem.Malformed or WebhookUrlProblem.NotHttps, _) => ReportText.Get("recipient.url"),
        (WebhookUrlProblem.InternalAddress, var host) => ReportText.Get("recipient.address", host),
        _ => null,
    };

    /// <summary>Copies a valid input onto the report and works out its next run from <paramref name="now"/>.</summary>
    public static void Apply(ScheduledReport report, ReportInput r, DateTime now)
    {
        report.Name = r.Name!.Trim();
        report.Kind = r.Kind!;
        report.View = r.View ?? new ReportView();
        report.Cron = r.Cron!.Trim();
        report.TimeZone = r.TimeZone!;
        report.Format = r.Format!;
        report.PeriodDays = r.PeriodDays!.Value;
        report.Recipients = [.. r.Recipients!.Select(x => new ReportRecipient(x.Kind, x.Address.Trim(), x.Language))
            .DistinctBy(x => (x.Kind, x.Address.ToUpperInvariant(), x.Language))];
        report.Enabled = r.Enabled ?? true;
        report.NextRunAt = report.Enabled ? ReportSchedule.Next(report.Cron, report.TimeZone, now) : null;
    }

    public static ReportInput InputOf(ScheduledReport r) =>
        new(r.Name, r.Kind, r.View, r.Cron, r.TimeZone, r.Format, r.PeriodDays, r.Recipients, r.Enabled);

    public static async Task<ScheduledReport> LoadAsync(GatehouseDb db, Guid id, CancellationToken ct) =>
        await db.Set<ScheduledReport>().FirstOrDefaultAsync(r => r.Id == id, ct)
        ?? throw new RuleViolation(404, "not-found", Messages.Get("not_found", "scheduled report"));
}
