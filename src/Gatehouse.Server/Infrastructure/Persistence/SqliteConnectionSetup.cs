using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace Gatehouse.Server.Infrastructure.Persistence;

/// <summary>
/// Settings of each SQLite connection, given once per connection the pool opens rather than at every lease (pooled
/// connections keep them; giving them again was one more statement per request).
/// <list type="bullet">
/// <item>synchronous=FULL makes every acknowledged commit reach the disk before the answer, so it survives a crash of
/// the machine, not only of the process.</item>
/// <item>busy_timeout lets a writer wait for another's commit instead of failing at once.</item>
/// <item>cache_size keeps 16 MiB of pages per connection instead of SQLite's 2: a page read from the operating
/// system's cache is a <c>pread</c> and a copy (~6 % of the server's CPU under the mixed API load). A memory map was
/// measured instead and was worse: SQLite parses a mapped page again at every read (btreeInitPage took 17 % of the CPU).</item>
/// </list>
/// </summary>
public sealed class SqliteConnectionSetup : DbConnectionInterceptor
{
    /// <summary>Every commit synced to the disk (<see cref="GatehouseDb.WriteWithoutSyncAsync"/> alone lowers it, for its own commit).</summary>
    public const string Synchronous = "FULL";

    private const string Settings = "PRAGMA synchronous=" + Synchronous + "; PRAGMA busy_timeout=10000; PRAGMA cache_size=-16384;";

    // The native handle lives as long as the pooled connection; a connection opened anew gets a new one.
    private readonly ConditionalWeakTable<sqlite3, object> _set = [];

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (!Needs(connection)) return;
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = Settings;
        await cmd.ExecuteNonQueryAsync(cancellationToken);
        Done(connection);
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (!Needs(connection)) return;
        using var cmd = connection.CreateCommand();
        cmd.CommandText = Settings;
        cmd.ExecuteNonQuery();
        Done(connection);
    }

    private bool Needs(DbConnection connection) => ((SqliteConnection)connection).Handle is not { } handle || !_set.TryGetValue(handle, out _);

    private void Done(DbConnection connection)
    {
        if (((SqliteConnection)connection).Handle is { } handle) _set.TryAdd(handle, handle);
    }
}
