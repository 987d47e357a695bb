using System.Globalization;
using System.IO.Compression;
using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Features.Privacy.Contracts;
using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Http.Features;

namespace Gatehouse.Server.Features.Privacy;

/// <summary>
/// <c>GET /users/{id}/export</c> and <c>GET /me/export</c>: everything Gatehouse holds about one person,
/// as a zip of JSON files (one folder per feature), streamed. The export is audited before it starts.
/// </summary>
public static class ExportPersonalData
{
    public static async Task<IResult> Mine(HttpContext http, CurrentActor actor, IMemberIdentities members, IEnumerable<IPersonalDataSource> sources,
        GatehouseDb db, IAuditLog audit, TimeProvider time, CancellationToken ct) =>
        await ExportAsync(actor.UserId!.Value, http, members, sources, db, audit, time, ct);

    public static async Task<IResult> OfUser(Guid id, HttpContext http, CurrentActor actor, IMemberIdentities members,
        IEnumerable<IPersonalDataSource> sources, GatehouseDb db, IAuditLog audit, TimeProvider time, CancellationToken ct)
    {
        if (await members.FindAsync(id, ct) is null) return Problems.NotFound("user");
        await members.EnsureMayActOnAsync(id, actor, ct);
        return await ExportAsync(id, http, members, sources, db, audit, time, ct);
    }

    private static async Task<IResult> ExportAsync(Guid id, HttpContext http, IMemberIdentities members, IEnumerable<IPersonalDataSource> sources,
        GatehouseDb db, IAuditLog audit, TimeProvider time, CancellationToken ct)
    {
        var member = await members.FindAsync(id, ct);
        if (member is null) return Problems.NotFound("user");
        var subject = new DataSubject(id, [member.Email, member.Username, member.DisplayName]);
        // Audited first: an export that fails half way was still asked for. No personal data in the entry.
        await db.WriteAsync(_ =>
        {
            audit.Record(new AuditRecord("privacy.exported", "user", id.ToString(), Subject: Guid.Empty));
            return Task.FromResult(true);
        }, ct);

        // The zip's deflate streams flush synchronously when an entry closes; allowed for this response only.
        http.Features.GetRequiredFeature<IHttpBodyControlFeature>().AllowSynchronousIO = true;
        var stamp = time.GetUtcNow().UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        http.Response.ContentType = "application/zip";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"gatehouse-personal-data-{id}-{stamp}.zip\"";
        await using (var zip = await ZipArchive.CreateAsync(http.Response.Body, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, ct))
        {
            foreach (var source in sources.OrderBy(s => s.Feature, StringComparer.Ordinal))
                await source.ExportAsync(subject, new ZipPersonalDataArchive(zip, source.Feature), ct);
        }
        return Results.Empty;
    }
}
