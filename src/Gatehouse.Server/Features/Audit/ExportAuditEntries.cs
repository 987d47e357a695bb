using System.Globalization;
using System.Text.Json;
using CsvHelper;
using Gatehouse.Server.Features.Audit.Sealing;
using Gatehouse.Server.Infrastructure;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Audit;

public static class ExportAuditEntries
{
    /// <summary>
    /// Streams every entry matching the filters of <c>GET /audit</c> (oldest first) as CSV or JSON,
    /// without holding the whole log in memory.
    /// </summary>
    public static async Task<IResult> Handle([AsParameters] ListAuditEntries.Query query, HttpContext http, GatehouseDb db,
        AuditPayloadReader payloads, CancellationToken ct, string format = "json")
    {
        if (format is not ("csv" or "json"))
            return Problems.Validation(new Dictionary<string, string[]> { ["format"] = [Messages.Get("status.unknown", "csv, json")] });

        await payloads.PreloadAsync(ct);
        var entries = ListAuditEntries.Filter(db.AuditEntries.AsNoTracking(), query).OrderBy(e => e.Seq).AsAsyncEnumerable();
        var stamp = DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"gatehouse-audit-{stamp}.{format}\"";

        if (format == "json")
        {
            http.Response.ContentType = "application/json";
            await JsonSerializer.SerializeAsync(http.Response.Body, Map(entries, payloads, ct), GatehouseJson.Options, ct);
            return Results.Empty;
        }

        http.Response.ContentType = "text/csv; charset=utf-8";
        await using var writer = new StreamWriter(http.Response.Body, leaveOpen: true);
        await using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        csv.WriteHeader<Row>();
        await csv.NextRecordAsync();
        await foreach (var e in entries.WithCancellation(ct))
        {
            var opened = await payloads.OpenAsync(e, ct);
            csv.WriteRecord(new Row(e.Seq, e.Timestamp.ToString("O", CultureInfo.InvariantCulture), e.ActorUserId?.ToString(), e.Action,
                e.TargetType, e.TargetId, e.Result, e.Ip, e.UserAgent, opened.Payload, opened.Erased, e.Hash));
            await csv.NextRecordAsync();
        }
        return Results.Empty;
    }

    private static async IAsyncEnumerable<AuditEntryResponse> Map(IAsyncEnumerable<AuditEntry> entries, AuditPayloadReader payloads,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var e in entries.WithCancellation(ct)) yield return AuditEntryResponse.Of(e, await payloads.OpenAsync(e, ct));
    }

    private sealed record Row(long Seq, string Timestamp, string? ActorUserId, string Action, string TargetType, string? TargetId,
        string Result, string? Ip, string? UserAgent, string Payload, bool Erased, string Hash);
}
