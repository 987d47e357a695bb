using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Gatehouse.ApiBench;

/// <summary>
/// Fills the server's SQLite file with N members in one transaction, straight through SQL: the
/// benchmark measures reads and writes against a big table, not how fast the API can create it.
/// </summary>
public static class Seeder
{
    private static readonly string[] First = ["alex", "sam", "lea", "noah", "emma", "lucas", "chloe", "hugo", "ines", "jules", "mila", "nathan", "zoe", "tom", "lina"];
    private static readonly string[] Last = ["martin", "bernard", "dubois", "thomas", "robert", "petit", "durand", "leroy", "moreau", "simon", "laurent", "michel"];

    public static string UsernameFor(int i) => $"{First[i % First.Length]}.{Last[i / First.Length % Last.Length]}{i}";

    /// <summary>One seeded member: what both providers' seeders write.</summary>
    public readonly record struct Row(Guid Id, string Username, string Display, string Email, string SearchText, string Status, string[] Tags, DateTime Created, DateTime? Seen);

    /// <summary>
    /// The members, the same on both providers: first name × last name × number, every e-mail at bench.example,
    /// five minutes apart from 400 days ago, a status and tags in turn, a third never seen.
    /// </summary>
    public static IEnumerable<Row> Rows(int count)
    {
        var start = DateTime.UtcNow.AddDays(-400);
        string[] statuses = ["online", "idle", "dnd", "offline", "offline", "offline"];
        string[][] tags = [[], ["beta"], ["fr"], ["beta", "fr"], ["vip"]];
        for (var i = 0; i < count; i++)
        {
            var username = UsernameFor(i);
            var display = char.ToUpperInvariant(username[0]) + username[1..username.IndexOf('.')];
            var email = $"{username}@bench.example";
            var created = start.AddSeconds(i * 300.0);
            yield return new(Guid.CreateVersion7(), username, display, email, $"{username} {display} {email}".ToLowerInvariant(),
                statuses[i % statuses.Length], tags[i % tags.Length], created, i % 3 == 0 ? null : created);
        }
    }

    public static async Task<TimeSpan> SeedAsync(string dataDirectory, int count)
    {
        var watch = Stopwatch.StartNew();
        await using var conn = new SqliteConnection($"Data Source={Path.Combine(dataDirectory, "gatehouse.db")}");
        await conn.OpenAsync();
        await using (var pragma = conn.CreateCommand())
        {
            pragma.CommandText = "PRAGMA busy_timeout=10000;";
            await pragma.ExecuteNonQueryAsync();
        }
        string memberRole;
        await using (var role = conn.CreateCommand())
        {
            role.CommandText = "SELECT Id FROM roles WHERE NameNormalized = 'MEMBER'";
            memberRole = (string)(await role.ExecuteScalarAsync())!;
        }

        await using var tx = (SqliteTransaction)await conn.BeginTransactionAsync();
        await using var user = conn.CreateCommand();
        user.Transaction = tx;
        user.CommandText = """
            INSERT INTO users (Id, Username, UsernameNormalized, DisplayName, Email, EmailNormalized, SearchText, Status, Tags,
              AllowOverrides, DenyOverrides, CreatedAt, UpdatedAt, IsBanned, IsDisabled, IsOwner, Version, LastSeenAt)
            VALUES ($id, $u, $un, $d, $e, $en, $s, $status, $tags, '[]', '[]', $c, $c, 0, 0, 0, 1, $seen)
            """;
        var p = new Dictionary<string, SqliteParameter>();
        foreach (var name in new[] { "$id", "$u", "$un", "$d", "$e", "$en", "$s", "$status", "$tags", "$c", "$seen" })
            p[name] = user.Parameters.Add(new SqliteParameter(name, null));
        await using var link = conn.CreateCommand();
        link.Transaction = tx;
        link.CommandText = "INSERT INTO user_roles (UserId, RoleId, AssignedAt) VALUES ($id, $role, $c)";
        var lid = link.Parameters.Add(new SqliteParameter("$id", null));
        link.Parameters.AddWithValue("$role", memberRole);
        var lc = link.Parameters.Add(new SqliteParameter("$c", null));

        foreach (var row in Rows(count))
        {
            var id = row.Id.ToString().ToUpperInvariant();
            var created = row.Created.ToString("yyyy-MM-dd HH:mm:ss.fffffff");
            p["$id"].Value = id;
            p["$u"].Value = row.Username;
            p["$un"].Value = row.Username.ToUpperInvariant();
            p["$d"].Value = row.Display;
            p["$e"].Value = row.Email;
            p["$en"].Value = row.Email.ToUpperInvariant();
            p["$s"].Value = row.SearchText;
            p["$status"].Value = row.Status;
            p["$tags"].Value = System.Text.Json.JsonSerializer.Serialize(row.Tags);
            p["$c"].Value = created;
            p["$seen"].Value = row.Seen is null ? DBNull.Value : created;
            await user.ExecuteNonQueryAsync();
            lid.Value = id;
            lc.Value = created;
            await link.ExecuteNonQueryAsync();
        }
        await tx.CommitAsync();
        await using (var analyze = conn.CreateCommand())
        {
            analyze.CommandText = "ANALYZE;";
            await analyze.ExecuteNonQueryAsync();
        }
        return watch.Elapsed;
    }
}
