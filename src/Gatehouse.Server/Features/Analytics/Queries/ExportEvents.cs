using System.Globalization;
using System.Text.Json;
using CsvHelper;
using Gatehouse.Server.Features.Analytics.Storage;
using Gatehouse.Server.Infrastructure;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Analytics.Queries;

/// <summary>
/// <c>GET /analytics/events?format=csv|json</c>: raw events in a receive-time range, optionally of one type,
/// source or member, oldest first, streamed row by row (never the whole range in memory).
/// </summary>
public static class ExportEvents
{
    public const int MaxLimit = 1_000_000;

    /// <param name="From">Received at or after (UTC); default 24 hours before to.</param>
    /// <param name="To">Received before (UTC); default now.</param>
    /// <param name="Type">Only events of this type.</param>
    /// <param name="Source">server or sdk.</param>
    /// <param name="UserId">Only this member's events.</param>
    /// <param name="Format">csv (default) or json.</param>
    /// <param name="Limit">At most this many rows (default and maximum 1,000,000).</param>
    public sealed record Query(DateTime? From, DateTime? To, string? Type, string? Source, [property: FromQuery(Name = "user_id")] Guid? UserId, string? Format, int? Limit);

    /// <summary>One exported event; props is the JSON object the site sent.</summary>
    public sealed record Row(Guid Id, string Type, string Source, Guid? UserId, string? SessionId, DateTime OccurredAt, DateTime ReceivedAt,
        string Role, string Region, string Device, string Version, string? Route, int? Status, double? DurationMs, string? Ip, string? Props);

    public static async Task<IResult> Handle([AsParameters] Query query, HttpContext http, GatehouseDb db, TimeProvider time, CancellationToken ct)
    {
        var v = new Validator();
        var format = query.Format ?? "csv";
        if (format is not ("csv" or "json")) v.Add("format", AnalyticsText.Get("format.unknown"));
        if (query.Source is not (null or EventSources.Server or EventSources.Sdk)) v.Add("source", AnalyticsText.Get("format.unknown").Replace("csv, json", "server, sdk", StringComparison.Ordinal));
        var limit = query.Limit ?? MaxLimit;
        if (limit is < 1 or > MaxLimit) v.Add("limit", AnalyticsText.Get("limit.range", MaxLimit));
        var now = time.GetUtcNow().UtcDateTime;
        var to = query.To?.ToUniversalTime() ?? now;
        var from = query.From?.ToUniversalTime() ?? to.AddDays(-1);
        if (from >= to) v.Add("from", AnalyticsText.Get("range", GetSeries.MaxDays));
        if (!v.IsValid) return Problems.Validation(v.Errors);

        var rows = db.Set<RawEvent>().AsNoTracking().Where(e => e.ReceivedAt >= from && e.ReceivedAt < to);
        if (query.Type is { } type) rows = rows.Where(e => e.Type == type);
        if (query.Source is { } source) rows = rows.Where(e => e.Source == source);
        if (query.UserId is { } user) rows = rows.Where(e => e.UserId == user);
        var stream = rows.OrderBy(e => e.ReceivedAt).ThenBy(e => e.Id).Take(limit)
            .Select(e => new Row(e.Id, e.Type, e.Source, e.UserId, e.SessionId, e.OccurredAt, e.ReceivedAt, e.Role, e.Region, e.Device, e.Version,
                e.Route, e.Status, e.DurationMs, e.Ip, e.Props))
            .AsAsyncEnumerable();
        var stamp = now.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"gatehouse-analytics-{stamp}.{format}\"";

        if (format == "json")
        {
            http.Response.ContentType = "application/json";
            await JsonSerializer.SerializeAsync(http.Response.Body, stream, GatehouseJson.Options, ct);
            return Results.Empty;
        }
        http.Response.ContentType = "text/csv; charset=utf-8";
        await using var writer = new StreamWriter(http.Response.Body, leaveOpen: true);
        await using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        csv.WriteHeader<Row>();
        await csv.NextRecordAsync();
        await foreach (var row in stream.WithCancellation(ct))
        {
            csv.WriteRecord(row);
            await csv.NextRecordAsync();
        }
        return Results.Empty;
    }
}
