using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Infrastructure.Persistence;

/// <summary>Start-up: brings the database schema up to date. Seeding belongs to each feature (<c>IFeatureModule.SeedAsync</c>).</summary>
public static class DatabaseInitializer
{
    public static async Task MigrateDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GatehouseDb>();
        await db.Database.MigrateAsync();
        if (!db.IsPostgres) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        var configuration = app.Services.GetRequiredService<IConfiguration>();
        if (Cluster.ClusterOptions.IsCluster(configuration)) await Cluster.SharedKeyRing.LoadOneNodeAtATimeAsync(app.Services, configuration, CancellationToken.None);
    }
}
