using Gatehouse.Server.Infrastructure.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Gatehouse.Server.Infrastructure.Persistence;

public static class PersistenceModule
{
    public static IServiceCollection AddPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<WriteGate>();
        services.AddSingleton<DbCommandMetrics>();

        var options = configuration.GetSection(GatehouseOptions.Section).Get<GatehouseOptions>() ?? new GatehouseOptions();
        // Contexts are pooled, so the options are built once (every interceptor is a singleton; built per context they were
        // ~15 % of what an authenticated API request allocated) and a scope leases a context whose EF services already exist
        // (creating them was ~46 % of what an analytics ingest request still allocated, for one session read).
        if (IsPostgres(options))
        {
            var cs = PostgresPool.Capped(configuration.GetConnectionString("Postgres")
                ?? throw new InvalidOperationException("Gatehouse:Database:Provider is Postgres but ConnectionStrings:Postgres is not set."),
                options.Database.MaxPoolSize);
            services.AddDbContextPool<GatehouseDb, PostgresGatehouseDb>((sp, o) => o.UseNpgsql(cs)
                .AddInterceptors(sp.GetRequiredService<OutboxCommitInterceptor>(), sp.GetRequiredService<DbCommandMetrics>())
                .AddInterceptors(sp.GetServices<IInterceptor>()));
        }
        else
        {
            var dir = Path.GetFullPath(options.DataDirectory);
            Directory.CreateDirectory(dir);
            var cs = $"Data Source={Path.Combine(dir, "gatehouse.db")};Pooling=True";
            services.AddDbContextPool<GatehouseDb, SqliteGatehouseDb>((sp, o) => o.UseSqlite(cs)
                .AddInterceptors(new SqliteConnectionSetup(), sp.GetRequiredService<OutboxCommitInterceptor>(), sp.GetRequiredService<DbCommandMetrics>())
                .AddInterceptors(sp.GetServices<IInterceptor>()));
        }
        return services;
    }

    public static bool IsPostgres(GatehouseOptions options) =>
        string.Equals(options.Database.Provider, "Postgres", StringComparison.OrdinalIgnoreCase)
        || string.Equals(options.Database.Provider, "PostgreSQL", StringComparison.OrdinalIgnoreCase);
}
