using Gatehouse.Server.Features.Alerts.Rules;
using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Http;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Alerts.Silences;

/// <summary>A silence: no notices for its rule (null: every rule) until it ends.</summary>
public sealed record AlertSilenceResponse(Guid Id, Guid? RuleId, DateTime StartsAt, DateTime EndsAt, string Reason, Guid? CreatedByUserId)
{
    public static AlertSilenceResponse Of(AlertSilence s) => new(s.Id, s.RuleId, s.StartsAt, s.EndsAt, s.Reason, s.CreatedByUserId);
}

public static class CreateAlertSilence
{
    /// <param name="RuleId">The rule to silence; omit to silence every rule.</param>
    /// <param name="EndsAt">When notices resume (within 90 days).</param>
    public sealed record Request(DateTime? EndsAt, string? Reason, Guid? RuleId = null);

    public static async Task<Results<Created<AlertSilenceResponse>, ValidationProblem>> Handle(
        Request request, GatehouseDb db, IAuditLog audit, CurrentActor actor, TimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var v = new Validator();
        v.Required("reason", request.Reason).MaxLength("reason", request.Reason, 500);
        if (request.EndsAt is not { } ends || ends.ToUniversalTime() <= now || ends.ToUniversalTime() > now.AddDays(90))
            v.Add("ends_at", AlertText.Get("silence.ends_at"));
        if (request.RuleId is { } ruleId && !await db.Set<AlertRule>().AnyAsync(r => r.Id == ruleId, ct))
            v.Add("rule_id", AlertText.Get("rule.unknown"));
        if (!v.IsValid) return Problems.Validation(v.Errors);

        var silence = new AlertSilence
        {
            RuleId = request.RuleId,
            StartsAt = now,
            EndsAt = request.EndsAt!.Value.ToUniversalTime(),
            Reason = request.Reason!.Trim(),
            CreatedByUserId = actor.UserId,
        };
        await db.WriteAsync(_ =>
        {
            db.Set<AlertSilence>().Add(silence);
            audit.Record(new AuditRecord("alert.silenced", "alert_silence", silence.Id.ToString(),
                new { rule_id = silence.RuleId, ends_at = silence.EndsAt, reason = silence.Reason }));
            return Task.FromResult(0);
        }, ct);
        return TypedResults.Created($"/api/v1/alert-silences/{silence.Id}", AlertSilenceResponse.Of(silence));
    }
}

public static class ListAlertSilences
{
    /// <summary>Silences that have not ended yet, soonest end first.</summary>
    public static async Task<Ok<Page<AlertSilenceResponse>>> Handle(GatehouseDb db, TimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var rows = await db.Set<AlertSilence>().AsNoTracking().Where(s => s.EndsAt > now).OrderBy(s => s.EndsAt).Take(500).ToListAsync(ct);
        return TypedResults.Ok(new Page<AlertSilenceResponse>([.. rows.Select(AlertSilenceResponse.Of)], null, rows.Count));
    }
}

public static class DeleteAlertSilence
{
    /// <summary>Ends a silence now (notices resume with the next transition).</summary>
    public static async Task<NoContent> Handle(Guid id, GatehouseDb db, IAuditLog audit, CancellationToken ct)
    {
        await db.WriteAsync(async c =>
        {
            var silence = await db.Set<AlertSilence>().FirstOrDefaultAsync(s => s.Id == id, c)
                ?? throw new RuleViolation(404, "not-found", Messages.Get("not_found", "silence"));
            db.Set<AlertSilence>().Remove(silence);
            audit.Record(new AuditRecord("alert.silence_ended", "alert_silence", id.ToString(), new { rule_id = silence.RuleId, reason = silence.Reason }));
            return 0;
        }, ct);
        return TypedResults.NoContent();
    }
}
