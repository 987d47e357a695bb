using System.Globalization;
using System.Text.Json;
using CsvHelper;
using Gatehouse.Server.Infrastructure;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Moderation.Sanctions;

/// <summary>
/// <c>GET /moderation/export?format=csv|json</c>: the moderation log with the filters of
/// <c>GET /sanctions</c>, oldest first, streamed row by row (never the whole log in memory).
/// </summary>
public static class ExportSanctions
{
    public static async Task<IResult> Handle([AsParameters] ListSanctions.Query query, HttpContext http, GatehouseDb db, TimeProvider time,
        CancellationToken ct, string format = "csv")
    {
        var v = ListSanctions.Check(query);
        if (format is not ("csv" or "json")) v.Add("format", ModerationText.Get("kind.unknown", "csv, json"));
        if (!v.IsValid) return Problems.Validation(v.Errors);

        var now = time.GetUtcNow().UtcDateTime;
        var rows = ListSanctions.Filter(db.Set<Sanction>().AsNoTracking(), query, now).OrderBy(s => s.CreatedAt).ThenBy(s => s.Id).AsAsyncEnumerable();
        var stamp = now.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"gatehouse-sanctions-{stamp}.{format}\"";

        if (format == "json")
        {
            http.Response.ContentType = "application/json";
            await JsonSerializer.SerializeAsync(http.Response.Body, Map(rows, now, ct), GatehouseJson.Options, ct);
            return Results.Empty;
        }

        http.Response.ContentType = "text/csv; charset=utf-8";
        await using var writer = new StreamWriter(http.Response.Body, leaveOpen: true);
        await using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        csv.WriteHeader<Row>();
        await csv.NextRecordAsync();
        await foreach (var s in rows.WithCancellation(ct))
        {
            csv.WriteRecord(new Row(s.Id, s.CreatedAt.ToString("O", CultureInfo.InvariantCulture), s.UserId, s.Kind, s.Reason,
                string.Join(' ', s.Evidence), s.ModeratorId, s.ReportId, s.ExpiresAt?.ToString("O", CultureInfo.InvariantCulture),
                s.EndedAt?.ToString("O", CultureInfo.InvariantCulture), s.EndReason, s.IsActiveAt(now)));
            await csv.NextRecordAsync();
        }
        return Results.Empty;
    }

    private static async IAsyncEnumerable<SanctionResponse> Map(IAsyncEnumerable<Sanction> rows, DateTime now,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var s in rows.WithCancellation(ct)) yield return SanctionResponse.Of(s, now);
    }

    private sealed record Row(Guid Id, string CreatedAt, Guid UserId, string Kind, string Reason, string Evidence, Guid? ModeratorId,
        Guid? ReportId, string? ExpiresAt, string? EndedAt, string? EndReason, bool Active);
}
