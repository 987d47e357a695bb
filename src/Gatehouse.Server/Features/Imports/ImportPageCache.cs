using System.Data.Common;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Gatehouse.Server.Features.Imports;

/// <summary>
/// A wider SQLite page cache for the commit's one transaction, put back when it ends. SQLite's default
/// (2 MB a connection) holds a small part of the indexes a 100k-member import writes into (usernames,
/// e-mails, the search index, the audit indexes), so pages go back and forth between the cache and the
/// WAL file throughout the transaction. The cache is bounded (<see cref="Pages"/>) and freed on restore.
/// PostgreSQL's buffers are the server's: nothing to do there.
/// </summary>
public sealed class ImportPageCache : IAsyncDisposable
{
    /// <summary>64 MiB (a negative cache size is in KiB).</summary>
    private const long Pages = -65_536;

    private readonly DbConnection? _connection;
    private readonly DbTransaction? _transaction;
    private readonly long _before;

    private ImportPageCache(DbConnection? connection, DbTransaction? transaction, long before)
    {
        _connection = connection;
        _transaction = transaction;
        _before = before;
    }

    public static async Task<ImportPageCache> WidenAsync(GatehouseDb db, CancellationToken ct)
    {
        if (db.IsPostgres) return new ImportPageCache(null, null, 0);
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var before = Convert.ToInt64(await ScalarAsync(connection, transaction, "PRAGMA cache_size", ct), System.Globalization.CultureInfo.InvariantCulture);
        await ScalarAsync(connection, transaction, $"PRAGMA cache_size = {Pages}", ct);
        return new ImportPageCache(connection, transaction, before);
    }

    public async ValueTask DisposeAsync()
    {
        // The connection goes back to the pool: later users get the usual cache size (and the memory back).
        if (_connection is not { State: System.Data.ConnectionState.Open }) return;
        try
        {
            await ScalarAsync(_connection, _transaction, $"PRAGMA cache_size = {_before}", CancellationToken.None);
        }
        catch (DbException)
        {
            // A failed transaction's error is the one to report; the pool's connection keeps a wider cache until closed.
        }
    }

    private static async Task<object?> ScalarAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(ct);
    }
}
