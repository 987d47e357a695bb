using System.Data.Common;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gatehouse.Tests.Infrastructure.Persistence;

/// <summary>
/// Every SQLite connection the pool hands out, new or reused, commits durably, waits for a busy writer and keeps a larger page cache, though the settings are given only once per connection.
/// </summary>
public sealed class SqliteConnectionSetupTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task Every_leased_connection_has_the_settings_whether_new_or_reused()
    {
        _ = app.Services;
        for (var round = 0; round < 3; round++)
        {
            // Several at once, so the pool opens more than one connection; the later rounds reuse them.
            var scopes = Enumerable.Range(0, 3).Select(_ => app.Services.CreateScope()).ToList();
            var connections = new List<DbConnection>();
            foreach (var scope in scopes)
            {
                var db = scope.ServiceProvider.GetRequiredService<GatehouseDb>();
                await db.Database.OpenConnectionAsync();
                connections.Add(db.Database.GetDbConnection());
            }
            foreach (var connection in connections)
            {
                Assert.Equal(2L, await PragmaAsync(connection, "synchronous")); // FULL
                Assert.Equal(10_000L, await PragmaAsync(connection, "busy_timeout"));
                Assert.Equal(-16_384L, await PragmaAsync(connection, "cache_size"));
            }
            foreach (var scope in scopes) scope.Dispose();
        }
    }

    private static async Task<long> PragmaAsync(DbConnection connection, string name)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = $"PRAGMA {name};";
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
