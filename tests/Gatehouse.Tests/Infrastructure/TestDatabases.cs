using Npgsql;

namespace Gatehouse.Tests.Infrastructure;

/// <summary>Drops the PostgreSQL databases a test made, whatever is still connected to them.</summary>
public static class TestDatabases
{
    /// <summary>
    /// Ends this role's sessions on <paramref name="name"/> (a server killed with -9 leaves its backends
    /// behind for a while), then drops it. Not <c>DROP ... WITH (FORCE)</c>: FORCE also tries to end an
    /// autovacuum worker busy on the database — likely after a large aborted import — and a role that is
    /// not superuser may not signal it (42501, which failed a CI run); a plain DROP DATABASE cancels
    /// autovacuum itself and waits for it.
    /// </summary>
    public static async Task DropAsync(string name)
    {
        await using var conn = new NpgsqlConnection(PostgresApp.AdminConnectionString);
        await conn.OpenAsync();
        // Refusing new connections first closes the window in which the drop finds a fresh backend.
        await using (var fence = new NpgsqlCommand($"ALTER DATABASE \"{name}\" WITH ALLOW_CONNECTIONS false", conn))
        {
            try { await fence.ExecuteNonQueryAsync(); }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InvalidCatalogName) { return; }
        }
        await using (var end = new NpgsqlCommand(
            "SELECT count(pg_terminate_backend(pid, 5000)) FROM pg_stat_activity WHERE datname = @name AND usename = current_user AND pid <> pg_backend_pid()", conn))
        {
            end.Parameters.AddWithValue("name", name);
            await end.ExecuteScalarAsync();
        }
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\"", conn);
        await drop.ExecuteNonQueryAsync();
    }
}
