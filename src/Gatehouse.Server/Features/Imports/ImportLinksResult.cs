using System.Text.Json;
using Gatehouse.Server.Infrastructure;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Imports;

/// <summary>Keeps the stored result of a committed import current about its set-password links.</summary>
public static class ImportLinksResult
{
    public static ImportPreview.CommitResult? Of(MemberImport import) =>
        import.ResultJson is null ? null : JsonSerializer.Deserialize<ImportPreview.CommitResult>(import.ResultJson, GatehouseJson.Options);

    /// <summary>How many links were issued, mailed and left in the file, as the hand-over goes.</summary>
    public static Task RecordAsync(GatehouseDb db, Guid id, ImportPreview.PasswordLinks links, CancellationToken ct) =>
        db.WriteAsync(async c =>
        {
            Set(await db.Set<MemberImport>().FirstAsync(i => i.Id == id, c), links);
            return true;
        }, ct);

    public static void Set(MemberImport import, ImportPreview.PasswordLinks links) =>
        import.ResultJson = JsonSerializer.Serialize(Of(import)! with { PasswordLinks = links }, GatehouseJson.Options);
}
