using Gatehouse.Server.Infrastructure.Persistence;
using Npgsql;

namespace Gatehouse.Tests.Infrastructure.Persistence;

public sealed class PostgresPoolTests
{
    private static int PoolOf(string connectionString) => new NpgsqlConnectionStringBuilder(connectionString).MaxPoolSize;

    [Fact]
    public void Without_a_size_of_its_own_the_pool_gets_four_connections_per_core_and_at_least_eight()
    {
        Assert.Equal(8, PoolOf(PostgresPool.Capped("Host=db;Username=g;Password=p", null, processors: 2)));
        Assert.Equal(8, PoolOf(PostgresPool.Capped("Host=db;Username=g;Password=p", null, processors: 1)));
        Assert.Equal(64, PoolOf(PostgresPool.Capped("Host=db;Username=g;Password=p", null, processors: 16)));
        Assert.Equal(Math.Max(8, 4 * Environment.ProcessorCount), PoolOf(PostgresPool.Capped("Host=db", null)));
    }

    [Fact]
    public void The_configured_size_applies_and_the_connection_strings_own_size_wins_whatever_its_spelling()
    {
        Assert.Equal(20, PoolOf(PostgresPool.Capped("Host=db", 20, processors: 2)));
        foreach (var own in new[] { "Maximum Pool Size=50", "maximum pool size=50", "MaxPoolSize=50" })
        {
            var cs = $"Host=db;{own};Password=\"a;b\"";
            Assert.Equal(cs, PostgresPool.Capped(cs, 20, processors: 2));
            Assert.Equal(50, PoolOf(cs));
        }
        // A password holding the keyword's text is not the keyword.
        Assert.Equal(8, PoolOf(PostgresPool.Capped("Host=db;Password='Max Pool Size=50'", null, processors: 2)));
    }
}
