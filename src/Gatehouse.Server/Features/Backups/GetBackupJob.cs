using Gatehouse.Server.Infrastructure.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gatehouse.Server.Features.Backups;

public static class GetBackupJob
{
    public static Results<Ok<BackupJob>, ProblemHttpResult> Handle(Guid id, BackupRunner runner) =>
        runner.Find(id) is { } job ? TypedResults.Ok(job) : Problems.NotFound("backup job");
}
