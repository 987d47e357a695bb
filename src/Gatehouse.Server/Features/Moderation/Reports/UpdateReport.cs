using System.Text.Json;
using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Features.Moderation.Sanctions;
using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Events;
using Gatehouse.Server.Infrastructure.Http;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Moderation.Reports;

/// <summary>
/// <c>PATCH /reports/{id}</c> (honours If-Match): assign or unassign, change severity (the due time
/// follows), resolve or dismiss with a resolution, reopen, add a note, and resolve with a sanction
/// applied in the same transaction (it needs that sanction's own permission).
/// Workflow: open ⇄ assigned → resolved | dismissed → open (reopen).
/// </summary>
public static class UpdateReport
{
    /// <param name="Status">assigned, resolved, dismissed or open (reopen / unassign).</param>
    /// <param name="AssigneeId">A member holding reports.manage; null unassigns.</param>
    /// <param name="Resolution">Required to resolve or dismiss.</param>
    /// <param name="Note">Added to the report's notes thread.</param>
    /// <param name="Sanction">With status resolved: the sanction to apply to the reported member.</param>
    public sealed record Request(string? Status = null, string? Severity = null, JsonElement? AssigneeId = null,
        string? Resolution = null, string? Note = null, ResolutionSanction? Sanction = null);

    /// <param name="Kind">warn, mute, kick or ban.</param>
    public sealed record ResolutionSanction(string? Kind, string? Reason, JsonElement? Duration = null,
        IReadOnlyList<string>? Evidence = null, string? Note = null);

    public static async Task<Results<Ok<ReportResponse>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid id, Request request, HttpContext http, GatehouseDb db, CurrentActor actor, AccessService access, SanctionWriter sanctions,
        IAuditLog audit, IDomainEvents events, IOptions<ModerationOptions> options, TimeProvider time, CancellationToken ct)
    {
        var v = new Validator();
        if (request.Status is not null && !ReportStatuses.All.Contains(request.Status))
            v.Add("status", ModerationText.Get("status.unknown", string.Join(", ", ReportStatuses.All)));
        if (request.Severity is not null && !ReportSeverities.All.Contains(request.Severity))
            v.Add("severity", ModerationText.Get("severity.unknown", string.Join(", ", ReportSeverities.All)));
        v.MaxLength("resolution", request.Resolution, SanctionInput.MaxNote).MaxLength("note", request.Note, SanctionInput.MaxNote);
        var (assignSet, assignee) = ReadAssignee(request.AssigneeId, v);
        var closing = request.Status is ReportStatuses.Resolved or ReportStatuses.Dismissed;
        if (closing && string.IsNullOrWhiteSpace(request.Resolution)) v.Add("resolution", ModerationText.Get("report.resolution"));
        var sanction = CheckSanction(request, options.Value, v, out var evidence, out var duration);
        if (!v.IsValid) return Problems.Validation(v.Errors);
        if (sanction is not null && !actor.Has($"moderation.{sanction.Kind}"))
            return Problems.Forbidden("forbidden", Messages.Get("forbidden", $"moderation.{sanction.Kind}"));
        if (assignee is { } who && !(await access.ForUserAsync(who, ct) is { } a && a.Has(Permissions.ReportsManage)))
            return Problems.Validation(new Dictionary<string, string[]> { ["assignee_id"] = [ModerationText.Get("assignee.manage")] });

        var now = time.GetUtcNow().UtcDateTime;
        var report = await db.WriteAsync(async c =>
        {
            var r = await db.Set<Report>().Include(x => x.Notes).FirstOrDefaultAsync(x => x.Id == id, c)
                ?? throw new RuleViolation(404, "not-found", Messages.Get("not_found", "report"));
            if (Preconditions.CheckIfMatch(http, r.Version, "report") is not null)
                throw new RuleViolation(412, "precondition-failed", Messages.Get("precondition_failed", "report", r.Version));
            var before = r.Status;
            var changed = ReportWorkflow.Apply(r, request.Status, assignSet, assignee, request.Severity, request.Resolution, options.Value, now);
            if (!string.IsNullOrWhiteSpace(request.Note))
            {
                r.Notes.Add(new ReportNote { ReportId = r.Id, AuthorId = actor.UserId, Text = request.Note.Trim(), CreatedAt = now });
                changed = true;
            }
            if (sanction is not null)
            {
                var applied = new ApplySanction.Request(sanction.Reason, sanction.Evidence, sanction.Duration, r.Id, sanction.Note);
                await sanctions.ApplyInTransactionAsync(sanction.Kind!, r.TargetId, applied, evidence, duration, c);
            }
            if (!changed) return r;
            r.UpdatedAt = now;
            r.Version++;
            var closed = r.Status != before && r.Status is ReportStatuses.Resolved or ReportStatuses.Dismissed;
            audit.Record(new AuditRecord(closed ? $"report.{r.Status}" : "report.updated", "report", r.Id.ToString(),
                new { before = new { status = before }, after = ReportEvents.Payload(r), resolution = r.Resolution }));
            events.Record(closed ? DomainEventTypes.ReportResolved : DomainEventTypes.ReportUpdated, ReportEvents.AggregateType,
                r.Id.ToString(), r.Version, ReportEvents.Payload(r));
            return r;
        }, ct);
        Preconditions.SetETag(http, report.Version);
        return TypedResults.Ok(ReportResponse.Of(report, now));
    }

    private static (bool Set, Guid? Assignee) ReadAssignee(JsonElement? value, Validator v)
    {
        if (value is not { } e) return (false, null);
        if (e.ValueKind == JsonValueKind.Null) return (true, null);
        if (e.ValueKind == JsonValueKind.String && e.TryGetGuid(out var id)) return (true, id);
        v.Add("assignee_id", Messages.Get("json.wrong_type", "assignee_id"));
        return (false, null);
    }

    private static ResolutionSanction? CheckSanction(Request request, ModerationOptions o, Validator v,
        out List<string> evidence, out TimeSpan? duration)
    {
        evidence = [];
        duration = null;
        if (request.Sanction is not { } s) return null;
        if (request.Status != ReportStatuses.Resolved)
            v.Add("sanction", ModerationText.Get("sanction.needs_resolve"));
        if (s.Kind is null || !SanctionKinds.All.Contains(s.Kind))
        {
            v.Add("sanction.kind", ModerationText.Get("kind.unknown", string.Join(", ", SanctionKinds.All)));
            return s;
        }
        SanctionInput.Reason(v, "sanction.reason", s.Reason);
        v.MaxLength("sanction.note", s.Note, SanctionInput.MaxNote);
        evidence = SanctionInput.Evidence(v, s.Evidence);
        duration = SanctionInput.Duration(v, s.Duration, s.Kind == SanctionKinds.Mute ? o.MaxMute : o.MaxBan);
        if (s.Kind == SanctionKinds.Mute && duration is null) v.Required("sanction.duration", null);
        return s;
    }
}
