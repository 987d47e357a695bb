using Gatehouse.Server.Features.Analytics.Contracts;
using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Features.Privacy.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Privacy;

/// <summary>
/// Consent: administrators publish versioned texts per purpose; members answer a given version. The
/// newest answer decides, and a withdrawal takes effect before the answer is even committed
/// (analytics stops recording the member's events; e-mails that need consent stop).
/// </summary>
public static class ManageConsents
{
    /// <summary>A published consent text.</summary>
    public sealed record TextResponse(string Purpose, int Version, string TextEn, string TextFr, DateTime PublishedAt);

    /// <summary>Publish a new version of a purpose's text (both languages).</summary>
    public sealed record PublishRequest(string? TextEn, string? TextFr);

    /// <summary>The member's answer to one version of the text.</summary>
    public sealed record AnswerRequest(bool? Granted, int? Version);

    /// <param name="Granted">The member's newest answer; null when never asked.</param>
    public sealed record MyConsent(string Purpose, TextResponse? Text, bool? Granted, int? AnsweredVersion, DateTime? AnsweredAt);

    public sealed record TextsResponse(IReadOnlyList<TextResponse> Items);

    public sealed record MineResponse(IReadOnlyList<MyConsent> Items);

    public static async Task<Ok<TextsResponse>> Texts(GatehouseDb db, CancellationToken ct) =>
        TypedResults.Ok(new TextsResponse(await CurrentTextsAsync(db, ct)));

    public static async Task<Results<Ok<TextResponse>, ValidationProblem>> Publish(string purpose, PublishRequest request, GatehouseDb db,
        IAuditLog audit, TimeProvider time, CancellationToken ct)
    {
        var v = new Validator();
        if (!ConsentPurposes.All.Contains(purpose)) v.Add("purpose", PrivacyText.Get("purpose", string.Join(", ", ConsentPurposes.All)));
        if (string.IsNullOrWhiteSpace(request.TextEn) || string.IsNullOrWhiteSpace(request.TextFr) || request.TextEn.Length > 4000 || request.TextFr.Length > 4000)
            v.Add("text_en", PrivacyText.Get("text"));
        if (!v.IsValid) return Problems.Validation(v.Errors);
        var text = await db.WriteAsync(async c =>
        {
            var current = await db.Set<ConsentText>().Where(t => t.Purpose == purpose).OrderByDescending(t => t.Version).FirstOrDefaultAsync(c);
            if (current is not null && current.TextEn == request.TextEn!.Trim() && current.TextFr == request.TextFr!.Trim()) return current;
            var next = new ConsentText
            {
                Purpose = purpose,
                Version = (current?.Version ?? 0) + 1,
                TextEn = request.TextEn!.Trim(),
                TextFr = request.TextFr!.Trim(),
                PublishedAt = time.GetUtcNow().UtcDateTime,
            };
            db.Add(next);
            audit.Record(new AuditRecord("privacy.consent_text_published", "consent_text", purpose, new { version = next.Version, text_en = next.TextEn, text_fr = next.TextFr }));
            return next;
        }, ct);
        return TypedResults.Ok(ToResponse(text));
    }

    public static async Task<Ok<MineResponse>> Mine(CurrentActor actor, GatehouseDb db, CancellationToken ct)
    {
        var texts = await CurrentTextsAsync(db, ct);
        var answers = await db.Set<ConsentRecord>().AsNoTracking().Where(r => r.UserId == actor.UserId).ToListAsync(ct);
        return TypedResults.Ok(new MineResponse([.. ConsentPurposes.All.Select(p =>
        {
            var last = answers.Where(a => a.Purpose == p).MaxBy(a => a.Number);
            return new MyConsent(p, texts.FirstOrDefault(t => t.Purpose == p), last?.Granted, last?.TextVersion, last?.RecordedAt);
        })]));
    }

    public static async Task<Results<Ok<MyConsent>, ValidationProblem, ProblemHttpResult>> Answer(string purpose, AnswerRequest request,
        CurrentActor actor, GatehouseDb db, IAnalyticsConsent analytics, IAuditLog audit, TimeProvider time, CancellationToken ct)
    {
        var v = new Validator();
        if (!ConsentPurposes.All.Contains(purpose)) v.Add("purpose", PrivacyText.Get("purpose", string.Join(", ", ConsentPurposes.All)));
        if (request.Granted is null) v.Add("granted", Messages.Get("required"));
        if (request.Version is null) v.Add("version", Messages.Get("required"));
        if (!v.IsValid) return Problems.Validation(v.Errors);
        var text = (await CurrentTextsAsync(db, ct)).FirstOrDefault(t => t.Purpose == purpose);
        if (text is null) return Problems.Conflict("no-consent-text", PrivacyText.Get("no_text"));
        if (text.Version != request.Version) return Problems.Conflict("stale-consent-text", PrivacyText.Get("version", request.Version!, text.Version));

        var userId = actor.UserId!.Value;
        var granted = request.Granted!.Value;
        var record = await db.WriteAsync(async c =>
        {
            var last = await db.Set<ConsentRecord>().Where(r => r.UserId == userId && r.Purpose == purpose).OrderByDescending(r => r.Number).FirstOrDefaultAsync(c);
            if (last is not null && last.Granted == granted && last.TextVersion == text.Version) return last;
            if (purpose == ConsentPurposes.Analytics) await analytics.SetAsync(userId, granted, c);
            var next = new ConsentRecord
            {
                UserId = userId,
                Purpose = purpose,
                Granted = granted,
                TextVersion = text.Version,
                RecordedAt = time.GetUtcNow().UtcDateTime,
                Number = (last?.Number ?? 0) + 1,
            };
            db.Add(next);
            audit.Record(new AuditRecord(granted ? "privacy.consent_given" : "privacy.consent_withdrawn", "user", userId.ToString(),
                new { purpose, version = text.Version }, Subject: Guid.Empty));
            return next;
        }, ct);
        return TypedResults.Ok(new MyConsent(purpose, text, record.Granted, record.TextVersion, record.RecordedAt));
    }

    private static async Task<List<TextResponse>> CurrentTextsAsync(GatehouseDb db, CancellationToken ct)
    {
        var all = await db.Set<ConsentText>().AsNoTracking().ToListAsync(ct);
        return [.. all.GroupBy(t => t.Purpose).Select(g => ToResponse(g.MaxBy(t => t.Version)!)).OrderBy(t => t.Purpose, StringComparer.Ordinal)];
    }

    private static TextResponse ToResponse(ConsentText t) => new(t.Purpose, t.Version, t.TextEn, t.TextFr, t.PublishedAt);
}
