using System.Diagnostics;
using System.Globalization;
using Gatehouse.Server.Features.Audit;
using Microsoft.Data.Sqlite;

namespace Gatehouse.ApiBench;

/// <summary>
/// Appends N audit entries to the server's SQLite file in one transaction, continuing its chain and
/// signing each with the data directory's audit key through the server's own <see cref="AuditChain"/>,
/// so a restore's chain check walks a chain that verifies (and costs what a real one does).
/// </summary>
public static class AuditSeeder
{
    public static async Task<TimeSpan> SeedAsync(string dataDirectory, int count)
    {
        var watch = Stopwatch.StartNew();
        var key = Convert.FromBase64String((await File.ReadAllTextAsync(Path.Combine(dataDirectory, "audit.key"))).Trim());
        await using var conn = new SqliteConnection($"Data Source={Path.Combine(dataDirectory, "gatehouse.db")}");
        await conn.OpenAsync();
        long seq;
        string prev;
        await using (var tail = conn.CreateCommand())
        {
            tail.CommandText = "SELECT Seq, Hash FROM audit_entries ORDER BY Seq DESC LIMIT 1";
            await using var reader = await tail.ExecuteReaderAsync();
            (seq, prev) = await reader.ReadAsync() ? (reader.GetInt64(0), reader.GetString(1)) : (0L, AuditChain.Genesis);
        }

        await using var tx = (SqliteTransaction)await conn.BeginTransactionAsync();
        await using var insert = conn.CreateCommand();
        insert.Transaction = tx;
        insert.CommandText = """
            INSERT INTO audit_entries (Id, Seq, Timestamp, ActorUserId, ActorApiKeyId, TargetType, TargetId, Action, Payload, Result,
              Ip, UserAgent, RequestId, TraceId, PrevHash, Hash, Signature)
            VALUES ($id, $seq, $ts, NULL, NULL, 'settings', $target, 'settings.updated', $payload, 'success', '127.0.0.1', 'bench', NULL, NULL, $prev, $hash, $sig)
            """;
        var p = new Dictionary<string, SqliteParameter>();
        foreach (var name in new[] { "$id", "$seq", "$ts", "$target", "$payload", "$prev", "$hash", "$sig" })
            p[name] = insert.Parameters.Add(new SqliteParameter(name, null));
        var start = DateTime.UtcNow.AddDays(-365);
        for (var i = 0; i < count; i++)
        {
            var entry = new AuditEntry
            {
                Seq = ++seq,
                Timestamp = AuditChain.NormalizeTimestamp(start.AddMilliseconds(i * 30.0)),
                // Not about a member: entries about members are sealed per member, and clear ones would be re-sealed at start-up.
                TargetType = "settings",
                TargetId = "community",
                Action = "settings.updated",
                Payload = "{\"changes\":{\"name\":{\"from\":\"Community " + i + "\",\"to\":\"Community " + (i + 1) + "\"}}}",
                Ip = "127.0.0.1",
                UserAgent = "bench",
                PrevHash = prev,
            };
            entry.Hash = AuditChain.ComputeHash(entry);
            entry.Signature = AuditChain.Sign(entry.Hash, key);
            p["$id"].Value = entry.Id.ToString().ToUpperInvariant();
            p["$seq"].Value = entry.Seq;
            p["$ts"].Value = entry.Timestamp.ToString("yyyy-MM-dd HH:mm:ss.fffffff", CultureInfo.InvariantCulture);
            p["$target"].Value = (object?)entry.TargetId ?? DBNull.Value;
            p["$payload"].Value = entry.Payload;
            p["$prev"].Value = entry.PrevHash;
            p["$hash"].Value = entry.Hash;
            p["$sig"].Value = entry.Signature;
            await insert.ExecuteNonQueryAsync();
            prev = entry.Hash;
        }
        await tx.CommitAsync();
        return watch.Elapsed;
    }
}
