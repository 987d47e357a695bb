using Npgsql;

namespace Gatehouse.Tests.Infrastructure;

/// <summary>
/// Gatehouse on a real PostgreSQL server (started by the test command), in a database created for
/// this test class and dropped after it.
/// </summary>
public class PostgresApp : GatehouseApp
{
    /// <summary>The server the test command starts; override with GATEHOUSE_TEST_POSTGRES.</summary>
    public static string AdminConnectionString =>
        Environment.GetEnvironmentVariable("GATEHOUSE_TEST_POSTGRES")
        ?? "Host=127.0.0.1;Port=5432;Username=gatehouse;Password=gatehouse;Database=postgres";

    public string DatabaseName { get; init; } = "gh_test_" + Guid.NewGuid().ToString("N")[..16];

    public override bool IsPostgres => true;

    public string ConnectionString => new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = DatabaseName }.ConnectionString;

    protected override IReadOnlyDictionary<string, string?> ProviderSettings => new Dictionary<string, string?>
    {
        ["Gatehouse:Database:Provider"] = "Postgres",
        ["ConnectionStrings:Postgres"] = ConnectionString,
    };

    public override async Task InitializeAsync()
    {
        await using var conn = new NpgsqlConnection(AdminConnectionString);
        try
        {
            await conn.OpenAsync();
        }
        catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException)
        {
            throw new InvalidOperationException(
                "PostgreSQL is not reachable. Run the suite with scripts/test.sh (it installs and starts PostgreSQL), " +
                "or set GATEHOUSE_TEST_POSTGRES to a server where the user may create databases.", e);
        }
        await using var exists = new NpgsqlCommand($"SELECT 1 FROM pg_database WHERE datname = '{DatabaseName}'", conn);
        if (await exists.ExecuteScalarAsync() is not null) return;
        await using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{DatabaseName}\"", conn);
        await cmd.ExecuteNonQueryAsync();
    }

    public override async Task ExecuteSqlAsync(string sql)
    {
        await using var conn = new NpgsqlConnection(ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync();
    }

    protected override async Task DropStorageAsync()
    {
        await base.DropStorageAsync();
        NpgsqlConnection.ClearAllPools();
        // Dropping the class's database is cleanup, not behaviour under test: a stopping host's late
        // background connection can make one attempt fail, so it is tried again and, at worst, the
        // database is left behind (named gh_test_*) with a warning instead of failing the run.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await DropDatabaseAsync();
                return;
            }
            catch (PostgresException e) when (attempt < 3)
            {
                Console.Error.WriteLine($"Dropping {DatabaseName} failed ({e.SqlState}: {e.MessageText}); trying again");
                await Task.Delay(TimeSpan.FromMilliseconds(250 * attempt));
            }
            catch (PostgresException e)
            {
                Console.Error.WriteLine($"Left test database {DatabaseName} behind ({e.SqlState}: {e.MessageText})");
                return;
            }
        }
    }

    private Task DropDatabaseAsync() => TestDatabases.DropAsync(DatabaseName);
}
