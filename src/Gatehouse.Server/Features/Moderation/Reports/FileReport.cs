using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Features.Moderation.Sanctions;
using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Events;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Moderation.Reports;

/// <summary>
/// <c>POST /reports</c>: any signed-in member reports another. The severity follows the category,
/// the SLA follows the severity; a second open report by the same reporter on the same member is
/// merged into the first (its text becomes a note); each reporter files at most N per hour.
/// </summary>
public static class FileReport
{
    public const int MaxDescription = 2000;

    /// <param name="TargetId">The member being reported.</param>
    /// <param name="Category">One of: violence, self_harm, sexual_content, harassment, hate, impersonation, cheating, spam, other.</param>
    /// <param name="Description">What happened (at most 2000 characters).</param>
    /// <param name="Evidence">Up to 10 http/https links.</param>
    public sealed record Request(Guid? TargetId, string? Category, string? Description = null, IReadOnlyList<string>? Evidence = null);

    public static async Task<Results<Created<ReportResponse>, Ok<ReportResponse>, ValidationProblem, ProblemHttpResult>> Handle(
        Request request, GatehouseDb db, CurrentActor actor, IMemberStanding members, ReportAssigner assigner, IAuditLog audit, IDomainEvents events,
        IOptions<ModerationOptions> options, TimeProvider time, CancellationToken ct)
    {
        var v = new Validator();
        if (request.TargetId is null) v.Required("target_id", null);
        else if (request.TargetId == actor.UserId) v.Add("target_id", ModerationText.Get("report.self"));
        v.Required("category", request.Category);
        if (request.Category is not null && !ReportCategories.DefaultSeverity.ContainsKey(request.Category))
            v.Add("category", ModerationText.Get("category.unknown", string.Join(", ", ReportCategories.All)));
        v.MaxLength("description", request.Description, MaxDescription);
        var evidence = SanctionInput.Evidence(v, request.Evidence);
        if (v.IsValid && !await members.IsMemberAsync(request.TargetId!.Value, ct))
            v.Add("target_id", ModerationText.Get("member.unknown"));
        if (!v.IsValid) return Problems.Validation(v.Errors);

        var reporter = actor.UserId!.Value;
        var now = time.GetUtcNow().UtcDateTime;
        var o = options.Value;
        var recent = await db.Set<Report>().CountAsync(r => r.ReporterId == reporter && r.CreatedAt > now.AddHours(-1), ct);
        if (recent >= o.ReportsPerHour)
            return Problems.Make(429, "rate-limited", ModerationText.Get("report.rate", 60));

        var (report, merged) = await db.WriteAsync(async c =>
        {
            var open = await db.Set<Report>().Include(r => r.Notes).FirstOrDefaultAsync(r => r.ReporterId == reporter && r.TargetId == request.TargetId
                && (r.Status == ReportStatuses.Open || r.Status == ReportStatuses.Assigned), c);
            if (open is not null)
            {
                open.Duplicates++;
                open.Evidence = [.. open.Evidence.Union(evidence, StringComparer.Ordinal).Take(SanctionInput.MaxEvidence * 3)];
                if (!string.IsNullOrWhiteSpace(request.Description))
                    open.Notes.Add(new ReportNote { ReportId = open.Id, AuthorId = reporter, Text = request.Description, CreatedAt = now });
                open.UpdatedAt = now;
                open.Version++;
                audit.Record(new AuditRecord("report.merged", "report", open.Id.ToString(), new { duplicates = open.Duplicates }));
                events.Record(DomainEventTypes.ReportUpdated, ReportEvents.AggregateType, open.Id.ToString(), open.Version, ReportEvents.Payload(open));
                return (open, true);
            }
            var severity = ReportCategories.DefaultSeverity[request.Category!];
            var created = new Report
            {
                ReporterId = reporter,
                TargetId = request.TargetId!.Value,
                Category = request.Category!,
                Severity = severity,
                Description = request.Description ?? "",
                Evidence = evidence,
                CreatedAt = now,
                UpdatedAt = now,
                DueAt = now + o.Sla[severity],
            };
            if (o.AutoAssign && await assigner.PickAsync(created.TargetId, c) is { } assignee)
            {
                created.AssigneeId = assignee;
                created.Status = ReportStatuses.Assigned;
            }
            db.Set<Report>().Add(created);
            audit.Record(new AuditRecord("report.created", "report", created.Id.ToString(), ReportEvents.Payload(created)));
            events.Record(DomainEventTypes.ReportCreated, ReportEvents.AggregateType, created.Id.ToString(), created.Version, ReportEvents.Payload(created));
            return (created, false);
        }, ct);

        var response = ReportResponse.Of(report, now);
        return merged ? TypedResults.Ok(response) : TypedResults.Created($"/api/v1/reports/{report.Id}", response);
    }
}
