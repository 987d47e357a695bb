using System.Data.Common;
using Npgsql;

namespace Gatehouse.Server.Infrastructure.Persistence;

/// <summary>
/// How many PostgreSQL connections a node's requests share. Npgsql's default (100) let a loaded node
/// open a backend per request in flight; on a two-core machine they then fought PostgreSQL's own work
/// for the cores and every request waited on all the others: the mixed API load at 250 req/s went
/// from a p50 of 37 s (100 connections) to 0.31 s (8), and the errors from 52 to none
/// (bench/README.md, docs/adr/postgres-pool-size.md). Requests beyond the cap wait for a free
/// connection instead, in order.
/// </summary>
public static class PostgresPool
{
    /// <summary>
    /// The connection string with a Maximum Pool Size: its own if it sets one, else
    /// <paramref name="configured"/>, else four per core of this machine (at least 8).
    /// </summary>
    public static string Capped(string connectionString, int? configured, int? processors = null)
    {
        if (Names(connectionString).Any(name => name is "maximum pool size" or "maxpoolsize"))
            return connectionString;
        return new NpgsqlConnectionStringBuilder(connectionString)
        {
            MaxPoolSize = configured ?? Math.Max(8, 4 * (processors ?? Environment.ProcessorCount)),
        }.ConnectionString;
    }

    /// <summary>The keywords as written, quoting rules and all (Npgsql's builder reports every keyword as set).</summary>
    private static IEnumerable<string> Names(string connectionString) =>
        new DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>()
            .Select(name => name.Trim().ToLowerInvariant());
}
