using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Gatehouse.ApiBench;

/// <summary>
/// Adds reports and sanctions about the seeded members straight through SQL, in one transaction: the
/// benchmark measures the queue and the log over big tables, not how fast the API files them. Open
/// reports have due times spread over ±2 days (so a part is past its SLA); sanctions are warnings,
/// kicks and ended mutes, so nothing is left for the expirer to do while the bench reads.
/// </summary>
public static class ModerationSeeder
{
    public static async Task<TimeSpan> SeedAsync(string dataDirectory, int openReports, int sanctions)
    {
        var watch = Stopwatch.StartNew();
        await using var conn = new SqliteConnection($"Data Source={Path.Combine(dataDirectory, "gatehouse.db")}");
        await conn.OpenAsync();
        var members = new List<string>();
        await using (var read = conn.CreateCommand())
        {
            read.CommandText = "SELECT Id FROM users WHERE IsOwner = 0";
            await using var reader = await read.ExecuteReaderAsync();
            while (await reader.ReadAsync()) members.Add(reader.GetString(0));
        }
        string owner;
        await using (var read = conn.CreateCommand())
        {
            read.CommandText = "SELECT Id FROM users WHERE IsOwner = 1";
            owner = (string)(await read.ExecuteScalarAsync())!;
        }

        var now = DateTime.UtcNow;
        await using var tx = (SqliteTransaction)await conn.BeginTransactionAsync();
        await using (var report = conn.CreateCommand())
        {
            report.Transaction = tx;
            report.CommandText = """
                INSERT INTO reports (Id, ReporterId, TargetId, Category, Severity, Description, Evidence, Status, AssigneeId, DueAt, CreatedAt, UpdatedAt, Duplicates, Version)
                VALUES ($id, $reporter, $target, 'harassment', $severity, 'insults in the chat', '[]', $status, $assignee, $due, $created, $created, 0, 1)
                """;
            var p = Parameters(report, "$id", "$reporter", "$target", "$severity", "$status", "$assignee", "$due", "$created");
            string[] severities = ["critical", "high", "normal", "low"];
            for (var i = 0; i < openReports; i++)
            {
                var assigned = i % 3 == 0;
                p["$id"].Value = Guid.CreateVersion7().ToString().ToUpperInvariant();
                p["$reporter"].Value = members[(i * 7) % members.Count];
                p["$target"].Value = members[(i * 13 + 1) % members.Count];
                p["$severity"].Value = severities[i % severities.Length];
                p["$status"].Value = assigned ? "assigned" : "open";
                p["$assignee"].Value = assigned ? owner : DBNull.Value;
                p["$due"].Value = Sql(now.AddMinutes(-2 * 24 * 60 + (i * 4.0 * 24 * 60 / openReports)));
                p["$created"].Value = Sql(now.AddDays(-3).AddSeconds(i));
                await report.ExecuteNonQueryAsync();
            }
        }
        await using (var sanction = conn.CreateCommand())
        {
            sanction.Transaction = tx;
            sanction.CommandText = """
                INSERT INTO sanctions (Id, UserId, Kind, Reason, Evidence, ModeratorId, CreatedAt, ExpiresAt, EndedAt, EndReason, Version)
                VALUES ($id, $user, $kind, 'spam in the chat', '[]', $moderator, $created, $expires, $ended, $reason, 1)
                """;
            var p = Parameters(sanction, "$id", "$user", "$kind", "$moderator", "$created", "$expires", "$ended", "$reason");
            var start = now.AddDays(-365);
            for (var i = 0; i < sanctions; i++)
            {
                var kind = (i % 4) switch { 0 => "mute", 1 => "kick", _ => "warn" };
                var created = start.AddSeconds(i * 300.0);
                p["$id"].Value = Guid.CreateVersion7().ToString().ToUpperInvariant();
                p["$user"].Value = members[(i * 31) % members.Count];
                p["$kind"].Value = kind;
                p["$moderator"].Value = owner;
                p["$created"].Value = Sql(created);
                p["$expires"].Value = kind == "mute" ? Sql(created.AddHours(1)) : DBNull.Value;
                p["$ended"].Value = kind == "mute" ? Sql(created.AddHours(1)) : DBNull.Value;
                p["$reason"].Value = kind == "mute" ? "expired" : DBNull.Value;
                await sanction.ExecuteNonQueryAsync();
            }
        }
        await tx.CommitAsync();
        await using (var analyze = conn.CreateCommand())
        {
            analyze.CommandText = "ANALYZE;";
            await analyze.ExecuteNonQueryAsync();
        }
        return watch.Elapsed;
    }

    private static Dictionary<string, SqliteParameter> Parameters(SqliteCommand command, params string[] names) =>
        names.ToDictionary(n => n, n => command.Parameters.Add(new SqliteParameter(n, null)));

    private static string Sql(DateTime at) => at.ToString("yyyy-MM-dd HH:mm:ss.fffffff", System.Globalization.CultureInfo.InvariantCulture);
}
