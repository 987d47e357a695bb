using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gatehouse.Server.Features.Backups;

public static class DownloadBackup
{
    /// <summary>A backup holds every member's data and the audit key, so each download is audited.</summary>
    public static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> Handle(
        string name, BackupCatalog catalog, IAuditLog audit, CancellationToken ct)
    {
        if (catalog.PathOf(name) is not { } path) return Problems.NotFound("backup");
        await audit.RecordAloneAsync(new AuditRecord("backup.downloaded", "backup", name), ct);
        return TypedResults.File(File.OpenRead(path), "application/octet-stream", name);
    }
}
