using Microsoft.Data.Sqlite;

namespace Gatehouse.ApiBench;

/// <summary>
/// Fills <c>analytics_rollups</c> with a history of 1-minute rollups and the 15-minute and 1-hour rollups the
/// server folds from them (events, requests and 5xx errors; overall and per role), in one transaction
/// straight through SQL, so the series query is measured against a month of data.
/// </summary>
public static class RollupSeeder
{
    private static readonly string[] Metrics = ["events", "requests", "errors_5xx"];
    private static readonly (string Dimension, string Value)[] Slices = [("", ""), ("role", "member"), ("role", "moderator")];

    public static async Task<long> SeedAsync(string dataDirectory, TimeSpan history)
    {
        await using var conn = new SqliteConnection($"Data Source={Path.Combine(dataDirectory, "gatehouse.db")}");
        await conn.OpenAsync();
        await using (var pragma = conn.CreateCommand())
        {
            pragma.CommandText = "PRAGMA busy_timeout=10000;";
            await pragma.ExecuteNonQueryAsync();
        }
        await using var tx = (SqliteTransaction)await conn.BeginTransactionAsync();
        await using var insert = conn.CreateCommand();
        insert.Transaction = tx;
        insert.CommandText = """
            INSERT INTO analytics_rollups (ResolutionSeconds, Bucket, Metric, Dimension, Value, Total, Samples)
            VALUES ($r, $b, $m, $d, $v, $t, $t)
            """;
        var r = insert.Parameters.Add(new SqliteParameter("$r", null));
        var b = insert.Parameters.Add(new SqliteParameter("$b", null));
        var m = insert.Parameters.Add(new SqliteParameter("$m", null));
        var d = insert.Parameters.Add(new SqliteParameter("$d", null));
        var v = insert.Parameters.Add(new SqliteParameter("$v", null));
        var t = insert.Parameters.Add(new SqliteParameter("$t", null));

        // Whole hours only, ending before the current one: the server writes the current minute and hour itself.
        var end = new DateTime(DateTime.UtcNow.Ticks / TimeSpan.TicksPerHour * TimeSpan.TicksPerHour, DateTimeKind.Utc);
        var random = new Random(12);
        long rows = 0;
        for (var hour = end - history; hour < end; hour = hour.AddHours(1))
            foreach (var metric in Metrics)
                foreach (var (dimension, value) in Slices)
                {
                    long hourTotal = 0, quarterTotal = 0;
                    for (var minute = 0; minute < 60; minute++)
                    {
                        var n = metric == "errors_5xx" ? random.Next(0, 3) : random.Next(50, 500);
                        hourTotal += n;
                        quarterTotal += n;
                        if (n > 0) await InsertAsync(60, hour.AddMinutes(minute), n); // zero counters are not stored
                        if (minute % 15 != 14) continue;
                        // The server folds a quarter from its stored minutes: no minutes, no row.
                        if (quarterTotal > 0) await InsertAsync(900, hour.AddMinutes(minute - 14), quarterTotal);
                        quarterTotal = 0;
                    }
                    await InsertAsync(3600, hour, hourTotal);

                    async Task InsertAsync(int resolution, DateTime bucket, long total)
                    {
                        r.Value = resolution;
                        b.Value = bucket.ToString("yyyy-MM-dd HH:mm:ss.fffffff");
                        m.Value = metric;
                        d.Value = dimension;
                        v.Value = value;
                        t.Value = total;
                        await insert.ExecuteNonQueryAsync();
                        rows++;
                    }
                }
        await tx.CommitAsync();
        return rows;
    }
}
