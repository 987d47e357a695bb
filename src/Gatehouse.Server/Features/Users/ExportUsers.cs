using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using CsvHelper;
using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Infrastructure;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Http;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Users;

/// <summary>
/// <c>GET /users/export?format=csv|json</c>: the members the list's filters select, by username,
/// streamed row by row (never the whole community in memory). The columns are the ones the import
/// recognises, so an export imports back. CSV cells that a spreadsheet would run as a formula are
/// neutralised.
/// </summary>
public static class ExportUsers
{
    /// <summary>One member as exported (roles and tags as lists in JSON, comma-joined in CSV).</summary>
    public sealed record Row(
        Guid Id, string Username, string Email, string DisplayName, string? AvatarUrl, IReadOnlyList<string> Roles, IReadOnlyList<string> Tags,
        DateTime CreatedAt, DateTime? LastSeenAt, string? ExternalSource, string? ExternalId, bool IsBanned, bool IsDisabled);

    public static async Task<IResult> Handle([AsParameters] ListUsers.Query query, HttpContext http, GatehouseDb db, AccessService access,
        LiveStatuses live, IAuditLog audit, TimeProvider time, CancellationToken ct, string format = "csv")
    {
        var roles = await access.RolesAsync(ct);
        var (v, role) = ListUsers.Check(query, roles);
        if (format is not ("csv" or "json")) v.Add("format", ImportWords.Get("format.unknown"));
        if (!v.IsValid) return Problems.Validation(v.Errors);

        var users = (await ListUsers.MatchingAsync(db, live, query, role, ct)).Include(u => u.Roles).OrderBy(u => u.UsernameNormalized).AsAsyncEnumerable();
        await audit.RecordAloneAsync(new AuditRecord("users.exported", "user", null, new { format, filters = http.Request.QueryString.Value }), ct);
        var stamp = time.GetUtcNow().UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"gatehouse-members-{stamp}.{format}\"";
        var rows = Map(users, roles, ct);

        if (format == "json")
        {
            http.Response.ContentType = "application/json";
            await JsonSerializer.SerializeAsync(http.Response.Body, rows, GatehouseJson.Options, ct);
            return Results.Empty;
        }

        http.Response.ContentType = "text/csv; charset=utf-8";
        await using var writer = new StreamWriter(http.Response.Body, leaveOpen: true);
        await using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        foreach (var header in Headers) csv.WriteField(header);
        await csv.NextRecordAsync();
        await foreach (var r in rows)
        {
            foreach (var cell in new[]
            {
                r.Id.ToString(), r.Username, r.Email, r.DisplayName, r.AvatarUrl, string.Join(',', r.Roles), string.Join(',', r.Tags),
                r.CreatedAt.ToString("O", CultureInfo.InvariantCulture), r.LastSeenAt?.ToString("O", CultureInfo.InvariantCulture),
                r.ExternalSource, r.ExternalId, r.IsBanned ? "true" : "false", r.IsDisabled ? "true" : "false",
            })
                csv.WriteField(CsvCells.Neutralise(cell));
            await csv.NextRecordAsync();
        }
        return Results.Empty;
    }

    private static readonly string[] Headers =
        ["id", "username", "email", "display_name", "avatar_url", "roles", "tags", "created_at", "last_seen_at", "external_source", "external_id", "is_banned", "is_disabled"];

    private static async IAsyncEnumerable<Row> Map(IAsyncEnumerable<User> users, RoleDirectory roles, [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var u in users.WithCancellation(ct))
            yield return new Row(u.Id, u.Username, u.Email, u.DisplayName, u.AvatarUrl,
                [.. u.Roles.Select(r => roles.ById.TryGetValue(r.RoleId, out var role) ? role.Name : r.RoleId.ToString())], [.. u.Tags],
                u.CreatedAt, u.LastSeenAt, u.ExternalSource, u.ExternalId, u.IsBanned, u.IsDisabled);
    }
}
