using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Features.Privacy.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Privacy;

/// <summary>Retention settings: how many days each category of data is kept before the server deletes it.</summary>
public static class ManageRetention
{
    /// <param name="Days">The period in force (the default until an administrator sets one).</param>
    public sealed record Setting(string Category, int Days, int DefaultDays, DateTime? UpdatedAt);

    public sealed record Response(IReadOnlyList<Setting> Items);

    /// <summary>Keep this category for this many days (1 to 3650).</summary>
    public sealed record Request(int? Days);

    public static async Task<Ok<Response>> List(IEnumerable<IRetentionRule> rules, GatehouseDb db, CancellationToken ct) =>
        TypedResults.Ok(new Response(await SettingsAsync(rules, db, ct)));

    public static async Task<Results<Ok<Setting>, ValidationProblem>> Set(string category, Request request, IEnumerable<IRetentionRule> rules,
        GatehouseDb db, IAuditLog audit, TimeProvider time, CancellationToken ct)
    {
        var rule = rules.FirstOrDefault(r => r.Category == category);
        var v = new Validator();
        if (rule is null) v.Add("category", PrivacyText.Get("category", string.Join(", ", rules.Select(r => r.Category).Order(StringComparer.Ordinal))));
        if (request.Days is not (>= 1 and <= 3650)) v.Add("days", PrivacyText.Get("days"));
        if (!v.IsValid) return Problems.Validation(v.Errors);
        var row = await db.WriteAsync(async c =>
        {
            var existing = await db.Set<RetentionSetting>().FirstOrDefaultAsync(s => s.Category == category, c);
            var before = existing?.Days ?? (int)rule!.DefaultPeriod.TotalDays;
            if (before == request.Days && existing is not null) return existing;
            if (existing is null) db.Add(existing = new RetentionSetting { Category = category });
            existing.Days = request.Days!.Value;
            existing.UpdatedAt = time.GetUtcNow().UtcDateTime;
            audit.Record(new AuditRecord("privacy.retention_changed", "retention", category, new { before = new { days = before }, after = new { days = existing.Days } }));
            return existing;
        }, ct);
        return TypedResults.Ok(new Setting(category, row.Days, (int)rule!.DefaultPeriod.TotalDays, row.UpdatedAt));
    }

    public static async Task<List<Setting>> SettingsAsync(IEnumerable<IRetentionRule> rules, GatehouseDb db, CancellationToken ct)
    {
        var stored = await db.Set<RetentionSetting>().AsNoTracking().ToDictionaryAsync(s => s.Category, ct);
        return [.. rules.OrderBy(r => r.Category, StringComparer.Ordinal).Select(r =>
        {
            var defaultDays = (int)r.DefaultPeriod.TotalDays;
            return stored.TryGetValue(r.Category, out var s) ? new Setting(r.Category, s.Days, defaultDays, s.UpdatedAt) : new Setting(r.Category, defaultDays, defaultDays, null);
        })];
    }
}
