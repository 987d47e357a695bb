using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gatehouse.Server.Features.Backups;

public static class CreateBackup
{
    /// <summary>Starts a backup, or joins the one already running; the answer is the job to follow.</summary>
    public static Accepted<BackupJob> Handle(BackupRunner runner, CurrentActor actor)
    {
        var job = runner.Start(actor.UserId, "manual");
        return TypedResults.Accepted($"/api/v1/backups/jobs/{job.Id}", job);
    }
}
