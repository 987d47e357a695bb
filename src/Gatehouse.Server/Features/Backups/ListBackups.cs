using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Backups;

public static class ListBackups
{
    /// <summary>The backups on disk and how they are taken.</summary>
    /// <param name="Items">Newest first.</param>
    /// <param name="IntervalMinutes">Minutes between scheduled backups (the recovery point objective).</param>
    /// <param name="Scheduled">Whether this node takes backups on its own.</param>
    /// <param name="Encrypted">Whether new backups are sealed with the configured key.</param>
    /// <param name="Supported">False on PostgreSQL, whose backups are taken with pg_dump outside the server.</param>
    public sealed record Response(IReadOnlyList<BackupCatalog.Entry> Items, double IntervalMinutes, bool Scheduled, bool Encrypted, bool Supported);

    public static async Task<Ok<Response>> Handle(
        BackupCatalog catalog, IOptions<BackupsOptions> options, Infrastructure.Persistence.GatehouseDb db, CancellationToken ct)
    {
        var o = options.Value;
        return TypedResults.Ok(new Response(await catalog.ListAsync(ct), o.Interval.TotalMinutes, o.Enabled && !db.IsPostgres,
            !string.IsNullOrWhiteSpace(o.EncryptionKey), !db.IsPostgres));
    }
}
