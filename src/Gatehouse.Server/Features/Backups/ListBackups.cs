using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Backups;

public static class ListBackups
{
    /// <summary>The backups on disk and how they are taken.</summary>
    /// <param name="Items">Newest first.</param>
    /// <param name="IntervalMinutes">Minutes between scheduled backups (the recovery point objective).</param>
    /// <param name="Scheduled">Whether backups are taken on a schedule.</param>
    /// <param name="NextRunAt">When this node takes the next scheduled backup; null when it takes none (in a cluster, another node may).</param>
    /// <param name="Encrypted">Whether new backups are sealed with the configured key.</param>
    /// <param name="Database"><c>sqlite</c> (an online snapshot) or <c>postgres</c> (a pg_dump archive in custom format).</param>
    /// <param name="KeepRecent">The newest backups kept whatever their age.</param>
    /// <param name="KeepDaily">Days for which the newest backup of the day is kept.</param>
    /// <param name="KeepWeekly">Weeks for which the newest backup of the week is kept.</param>
    public sealed record Response(
        IReadOnlyList<BackupCatalog.Entry> Items, double IntervalMinutes, bool Scheduled, DateTime? NextRunAt, bool Encrypted, string Database,
        int KeepRecent, int KeepDaily, int KeepWeekly);

    public static async Task<Ok<Response>> Handle(
        BackupCatalog catalog, BackupScheduler scheduler, IOptions<BackupsOptions> options, Infrastructure.Persistence.GatehouseDb db, CancellationToken ct)
    {
        var o = options.Value;
        return TypedResults.Ok(new Response(await catalog.ListAsync(ct), o.Interval.TotalMinutes, o.Enabled, scheduler.NextRunAt(),
            !string.IsNullOrWhiteSpace(o.EncryptionKey), db.IsPostgres ? BackupContent.Postgres : BackupContent.Sqlite,
            o.KeepRecent, o.KeepDaily, o.KeepWeekly));
    }
}
