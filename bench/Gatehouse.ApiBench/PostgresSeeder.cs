using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;

namespace Gatehouse.ApiBench;

/// <summary>
/// The same members as <see cref="Seeder"/>, written into a server's PostgreSQL database with two binary COPYs
/// (members, then their member role), then ANALYZE so the planner knows the table's size.
/// </summary>
public static class PostgresSeeder
{
    public static async Task<TimeSpan> SeedAsync(string connectionString, int count)
    {
        var watch = Stopwatch.StartNew();
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        Guid memberRole;
        await using (var role = new NpgsqlCommand("""SELECT "Id" FROM roles WHERE "NameNormalized" = 'MEMBER'""", conn))
            memberRole = (Guid)(await role.ExecuteScalarAsync())!;

        var rows = Seeder.Rows(count).ToList();
        await using (var users = await conn.BeginBinaryImportAsync("""
            COPY users ("Id", "Username", "UsernameNormalized", "DisplayName", "Email", "EmailNormalized", "SearchText", "Status",
              "Tags", "AllowOverrides", "DenyOverrides", "CreatedAt", "UpdatedAt", "IsBanned", "IsDisabled", "IsOwner", "Version", "LastSeenAt")
            FROM STDIN (FORMAT BINARY)
            """))
        {
            foreach (var row in rows)
            {
                await users.StartRowAsync();
                await users.WriteAsync(row.Id, NpgsqlDbType.Uuid);
                await users.WriteAsync(row.Username, NpgsqlDbType.Varchar);
                await users.WriteAsync(row.Username.ToUpperInvariant(), NpgsqlDbType.Varchar);
                await users.WriteAsync(row.Display, NpgsqlDbType.Varchar);
                await users.WriteAsync(row.Email, NpgsqlDbType.Varchar);
                await users.WriteAsync(row.Email.ToUpperInvariant(), NpgsqlDbType.Varchar);
                await users.WriteAsync(row.SearchText, NpgsqlDbType.Varchar);
                await users.WriteAsync(row.Status, NpgsqlDbType.Varchar);
                await users.WriteAsync(row.Tags, NpgsqlDbType.Array | NpgsqlDbType.Text);
                await users.WriteAsync(Array.Empty<string>(), NpgsqlDbType.Array | NpgsqlDbType.Text);
                await users.WriteAsync(Array.Empty<string>(), NpgsqlDbType.Array | NpgsqlDbType.Text);
                await users.WriteAsync(row.Created, NpgsqlDbType.TimestampTz);
                await users.WriteAsync(row.Created, NpgsqlDbType.TimestampTz);
                await users.WriteAsync(false, NpgsqlDbType.Boolean);
                await users.WriteAsync(false, NpgsqlDbType.Boolean);
                await users.WriteAsync(false, NpgsqlDbType.Boolean);
                await users.WriteAsync(1, NpgsqlDbType.Integer);
                if (row.Seen is { } seen) await users.WriteAsync(seen, NpgsqlDbType.TimestampTz);
                else await users.WriteNullAsync();
            }
            await users.CompleteAsync();
        }
        await using (var links = await conn.BeginBinaryImportAsync("""COPY user_roles ("UserId", "RoleId", "AssignedAt") FROM STDIN (FORMAT BINARY)"""))
        {
            foreach (var row in rows)
            {
                await links.StartRowAsync();
                await links.WriteAsync(row.Id, NpgsqlDbType.Uuid);
                await links.WriteAsync(memberRole, NpgsqlDbType.Uuid);
                await links.WriteAsync(row.Created, NpgsqlDbType.TimestampTz);
            }
            await links.CompleteAsync();
        }
        await using (var analyze = new NpgsqlCommand("ANALYZE", conn)) await analyze.ExecuteNonQueryAsync();
        return watch.Elapsed;
    }

    /// <summary>Drops a run's database once its server has stopped (100k members are a few hundred MB).</summary>
    public static async Task DropAsync(string serverConnectionString, string database)
    {
        await using var conn = new NpgsqlConnection($"{serverConnectionString};Database=postgres");
        await conn.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", conn);
        await drop.ExecuteNonQueryAsync();
    }
}
