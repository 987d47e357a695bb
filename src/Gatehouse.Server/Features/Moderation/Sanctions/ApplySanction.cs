using System.Text.Json;
using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Features.Auth.Contracts;
using Gatehouse.Server.Features.Moderation.Reports;
using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Events;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Moderation.Sanctions;

/// <summary>
/// <c>POST /users/{id}/warn|mute|kick|ban</c>. A new mute or ban replaces the member's active one.
/// Kick and ban revoke every refresh session in the same transaction; the gateway push and close
/// follow from the committed event (<see cref="SanctionGatewayPush"/>).
/// </summary>
public static class ApplySanction
{
    /// <summary>A sanction.</summary>
    /// <param name="Reason">Why (required, at most 500 characters); the member sees it.</param>
    /// <param name="Evidence">Up to 10 http/https links.</param>
    /// <param name="Duration">Mute and ban only: ISO 8601 (<c>PT1H</c>, <c>P7D</c>) or seconds. A mute lasts at most 28 days; a ban without duration is permanent.</param>
    /// <param name="ReportId">The report this sanction answers.</param>
    /// <param name="Note">Visible to moderators only.</param>
    public sealed record Request(string? Reason, IReadOnlyList<string>? Evidence = null, JsonElement? Duration = null, Guid? ReportId = null, string? Note = null);

    public static Task<Results<Created<SanctionResponse>, ValidationProblem>> Warn(Guid id, Request request, SanctionWriter writer, CancellationToken ct) =>
        writer.ApplyAsync(SanctionKinds.Warn, id, request, ct);

    public static Task<Results<Created<SanctionResponse>, ValidationProblem>> Mute(Guid id, Request request, SanctionWriter writer, CancellationToken ct) =>
        writer.ApplyAsync(SanctionKinds.Mute, id, request, ct);

    public static Task<Results<Created<SanctionResponse>, ValidationProblem>> Kick(Guid id, Request request, SanctionWriter writer, CancellationToken ct) =>
        writer.ApplyAsync(SanctionKinds.Kick, id, request, ct);

    public static Task<Results<Created<SanctionResponse>, ValidationProblem>> Ban(Guid id, Request request, SanctionWriter writer, CancellationToken ct) =>
        writer.ApplyAsync(SanctionKinds.Ban, id, request, ct);
}

/// <summary>Applies and lifts sanctions: one write path for the endpoints and for "resolve with sanction".</summary>
public sealed class SanctionWriter(
    GatehouseDb db, IMemberStanding members, CurrentActor actor, ISessionRevocation sessions, IAuditLog audit, IDomainEvents events,
    ExpirySignal expiry, IOptions<ModerationOptions> options, TimeProvider time)
{
    public async Task<Results<Created<SanctionResponse>, ValidationProblem>> ApplyAsync(string kind, Guid userId, ApplySanction.Request request, CancellationToken ct)
    {
        var v = new Validator();
        SanctionInput.Reason(v, "reason", request.Reason);
        v.MaxLength("note", request.Note, SanctionInput.MaxNote);
        var evidence = SanctionInput.Evidence(v, request.Evidence);
        var max = kind == SanctionKinds.Mute ? options.Value.MaxMute : options.Value.MaxBan;
        var duration = SanctionInput.Duration(v, request.Duration, max);
        if (!SanctionKinds.IsLasting(kind) && request.Duration is { ValueKind: not JsonValueKind.Null })
            v.Add("duration", ModerationText.Get("duration.not_allowed", kind));
        if (kind == SanctionKinds.Mute && duration is null && v.IsValid) v.Required("duration", null);
        if (request.ReportId is { } reportId && !await db.Set<Report>().AnyAsync(r => r.Id == reportId, ct))
            v.Add("report_id", ModerationText.Get("report.unknown"));
        if (!v.IsValid) return Problems.Validation(v.Errors);

        var sanction = await db.WriteAsync(c => ApplyInTransactionAsync(kind, userId, request, evidence, duration, c), ct);
        return TypedResults.Created($"/api/v1/sanctions/{sanction.Id}", SanctionResponse.Of(sanction, time.GetUtcNow().UtcDateTime));
    }

    /// <summary>Joins the caller's transaction (a report resolution applies its sanction in the same commit).</summary>
    public async Task<Sanction> ApplyInTransactionAsync(
        string kind, Guid userId, ApplySanction.Request request, List<string> evidence, TimeSpan? duration, CancellationToken ct)
    {
        if (userId == actor.UserId) throw new RuleViolation(403, "self-sanction", ModerationText.Get("self"));
        var user = await members.LoadForSanctionAsync(userId, actor, ct);
        if (user.IsOwner) throw new RuleViolation(403, "owner-protected", ModerationText.Get("owner"));

        var now = time.GetUtcNow().UtcDateTime;
        if (SanctionKinds.IsLasting(kind))
            foreach (var old in await ActiveAsync(userId, kind, now, ct))
            {
                End(old, SanctionEndReasons.Replaced, null, now);
                SanctionEvents.Ended(events, old);
            }

        var sanction = new Sanction
        {
            UserId = userId,
            Kind = kind,
            Reason = request.Reason!.Trim(),
            Evidence = evidence,
            Note = request.Note,
            ModeratorId = actor.UserId,
            ReportId = request.ReportId,
            CreatedAt = now,
            ExpiresAt = duration is { } d ? now + d : null,
        };
        db.Set<Sanction>().Add(sanction);
        if (kind is SanctionKinds.Kick or SanctionKinds.Ban) await sessions.RevokeAllAsync(userId, kind, ct);
        // The member rule (MemberStanding) ends a timed ban on time by itself; the expirer then tidies the flag.
        if (kind == SanctionKinds.Ban) await members.SetBanAsync(userId, true, sanction.ExpiresAt, now, ct);
        audit.Record(new AuditRecord($"moderation.{kind}", "user", userId.ToString(), SanctionEvents.Payload(sanction)));
        SanctionEvents.Applied(events, sanction);
        if (sanction.ExpiresAt is not null) expiry.Wake();
        return sanction;
    }

    /// <summary>Ends the member's active mutes or bans; nothing active means nothing written.</summary>
    public async Task<IReadOnlyList<Sanction>> LiftAsync(string kind, Guid userId, string? reason, CancellationToken ct)
    {
        return await db.WriteAsync(async c =>
        {
            await members.LoadForSanctionAsync(userId, actor, c);
            var now = time.GetUtcNow().UtcDateTime;
            var active = await ActiveAsync(userId, kind, now, c);
            foreach (var s in active)
            {
                End(s, SanctionEndReasons.Lifted, reason, now);
                audit.Record(new AuditRecord($"moderation.un{kind}", "user", userId.ToString(), SanctionEvents.Payload(s)));
                SanctionEvents.Ended(events, s);
            }
            if (kind == SanctionKinds.Ban && await members.SetBanAsync(userId, false, null, now, c) && active.Count == 0)
                audit.Record(new AuditRecord("moderation.unban", "user", userId.ToString(), new { reason, note = "banned without a sanction record" }));
            return active;
        }, ct);
    }

    private Task<List<Sanction>> ActiveAsync(Guid userId, string kind, DateTime now, CancellationToken ct) =>
        db.Set<Sanction>().Where(s => s.UserId == userId && s.Kind == kind && s.EndedAt == null && (s.ExpiresAt == null || s.ExpiresAt > now))
            .ToListAsync(ct);

    private void End(Sanction s, string why, string? reason, DateTime now)
    {
        s.EndedAt = now;
        s.EndedById = actor.UserId;
        s.EndReason = why;
        s.LiftReason = reason;
        s.Version++;
    }
}
