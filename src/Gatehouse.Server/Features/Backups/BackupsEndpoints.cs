using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Infrastructure.Security;

namespace Gatehouse.Server.Features.Backups;

public static class BackupsEndpoints
{
    public static IEndpointRouteBuilder MapBackupsEndpoints(this IEndpointRouteBuilder app)
    {
        var backups = app.MapGroup("/api/v1/backups").WithTags("Backups").RequirePermission(Permissions.SettingsManage);
        backups.MapGet("/", ListBackups.Handle).WithName(nameof(ListBackups))
            .WithSummary("List backups, newest first: size, checksum, encryption and the last self-test");
        backups.MapPost("/", CreateBackup.Handle).WithName(nameof(CreateBackup))
            .WithSummary("Take a backup now; follow its progress at the returned job");
        backups.MapGet("/jobs/{id}", GetBackupJob.Handle).WithName(nameof(GetBackupJob))
            .WithSummary("Progress of a backup run: phase, percent, and the backup once written");
        backups.MapGet("/{name}", DownloadBackup.Handle).WithName(nameof(DownloadBackup))
            .WithSummary("Download a backup file (restore it with the restore command)");
        return app;
    }
}
