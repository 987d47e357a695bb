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

    private readonly string _database = "gh_test_" + Guid.NewGuid().ToString("N")[..16];

    public override bool IsPostgres => true;

    public string ConnectionString => new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = _database }.ConnectionString;

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
        await using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{_database}\"", conn);
        await cmd.ExecuteNonQueryAsync();
    }

    protected override async Task DropStorageAsync()
    {
        await base.DropStorageAsync();
        NpgsqlConnection.ClearAllPools();
        await using var conn = new NpgsqlConnection(AdminConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", conn);
        await cmd.ExecuteNonQueryAsync();
    }
}
