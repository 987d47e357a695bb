using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gatehouse.Tests.Infrastructure;

/// <summary>
/// A real Gatehouse server on a real database (a SQLite file or a PostgreSQL database made for
/// it), one per test class. Passwords are hashed with a cheap Argon2 cost so the suite stays fast.
/// </summary>
public abstract class GatehouseApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string OwnerEmail = "owner@gatehouse.test";
    public const string OwnerPassword = "Owner-Passw0rd!";

    /// <summary>
    /// Up to four test classes run at once, each with its own real server in this one process, and
    /// SQLite's "async" calls hold their thread. The thread pool starts with one thread per core and
    /// adds about one a second once they are all busy, so on a loaded two-core machine a server's
    /// disconnect handler or event loop could wait tens of seconds for a thread. Enough threads from
    /// the start keep each server as responsive as it is alone.
    /// </summary>
    static GatehouseApp() => TestThreads.EnsureMinimum();

    public string DataDirectory { get; init; } = Path.Combine(Path.GetTempPath(), "gatehouse-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Keep the database after disposal, to start a second server on it (restart tests).</summary>
    public bool KeepStorage { get; init; }

    /// <summary>Runs SQL on the server's database behind its back, as someone with database access could.</summary>
    public abstract Task ExecuteSqlAsync(string sql);

    public abstract bool IsPostgres { get; }

    /// <summary>Settings the test class needs on top of the defaults.</summary>
    protected virtual IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>();

    protected virtual IReadOnlyDictionary<string, string?> ProviderSettings => new Dictionary<string, string?>();

    /// <summary>Settings of this one instance (restart tests start two servers with different settings).</summary>
    public IReadOnlyDictionary<string, string?> InstanceSettings { get; init; } = new Dictionary<string, string?>();

    /// <summary>Services the test adds to the server, such as an event subscriber that records what it receives.</summary>
    protected virtual void ConfigureTestServices(IServiceCollection services) { }

    /// <summary>Same as <see cref="ConfigureTestServices"/>, for one instance.</summary>
    public Action<IServiceCollection>? InstanceServices { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        var settings = new Dictionary<string, string?>
        {
            ["Gatehouse:DataDirectory"] = DataDirectory,
            ["Gatehouse:Owner:Email"] = OwnerEmail,
            ["Gatehouse:Owner:Password"] = OwnerPassword,
            ["Gatehouse:Security:Argon2MemoryKb"] = "1024",
            ["Gatehouse:Security:Argon2Iterations"] = "1",
            ["Gatehouse:Security:LoginAttemptsPerIpPerMinute"] = "100000",
            ["Logging:LogLevel:Default"] = "Warning",
            // The access log is on by default (Information); the tests' output keeps to warnings.
            ["Logging:LogLevel:Microsoft.AspNetCore.HttpLogging"] = "Warning",
        };
        foreach (var (k, v) in ProviderSettings) settings[k] = v;
        foreach (var (k, v) in ExtraSettings) settings[k] = v;
        foreach (var (k, v) in InstanceSettings) settings[k] = v;
        foreach (var (k, v) in settings) builder.UseSetting(k, v);
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<ILoggerProvider>(new ServerWarnings(GetType().Name));
            ConfigureTestServices(services);
            InstanceServices?.Invoke(services);
        });
    }

    public virtual Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (!KeepStorage) await DropStorageAsync();
    }

    protected virtual Task DropStorageAsync()
    {
        try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        return Task.CompletedTask;
    }
}

public class SqliteApp : GatehouseApp
{
    public override bool IsPostgres => false;

    public override async Task ExecuteSqlAsync(string sql)
    {
        await using var conn = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(DataDirectory, "gatehouse.db")};Pooling=False");
        await conn.OpenAsync();
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        await cmd.ExecuteNonQueryAsync();
    }
}
