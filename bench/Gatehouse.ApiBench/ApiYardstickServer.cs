using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Gatehouse.ApiBench;

/// <summary>
/// The bare server of <see cref="ApiYardstick"/>: the five requests of the mix, each doing the least a correct server
/// must (a signed token checked, rows read and written for real with every commit on disk, one audit row per change),
/// in the framework's plain way: minimal APIs, JwtBearer, System.Text.Json, Microsoft.Data.Sqlite.
/// </summary>
public static class ApiYardstickServer
{
    private const string Issuer = "yardstick";
    private const string Settings = "PRAGMA synchronous=FULL; PRAGMA busy_timeout=10000; PRAGMA cache_size=-16384;";
    private const string Columns = "Id, Username, DisplayName, Email, Status, Tags, CreatedAt, UpdatedAt, LastSeenAt, Version";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>A member as the API shows it: the fields of Gatehouse's member, so pages weigh about the same.</summary>
    public sealed record Member(
        Guid Id, string Username, string DisplayName, string Email, string? AvatarUrl, string Status, string? StatusMessage,
        string? ActivityName, DateTime? LastSeenAt, IReadOnlyList<RoleChip> Roles, IReadOnlyList<string> Tags,
        DateTime CreatedAt, DateTime UpdatedAt, bool IsBanned, bool IsDisabled, string? DisabledReason, bool IsOwner,
        int Version, string ChosenStatus);

    public sealed record RoleChip(Guid Id, string Name, string Color, int Priority, bool Hoist);

    public sealed record MemberPage(IReadOnlyList<Member> Items, string? NextCursor, long? Total);

    public sealed record NewMember(string? Username, string? Email, string? DisplayName);

    public sealed record MemberEdit(string? DisplayName);

    private static readonly RoleChip MemberRole = new(Guid.CreateVersion7(), "Member", "#99aab5", 0, false);

    /// <summary>The members and one index, written straight through SQL as <see cref="Seeder"/> does for the server.</summary>
    public static async Task<TimeSpan> SeedAsync(string database, int count)
    {
        var watch = Stopwatch.StartNew();
        await using var conn = new SqliteConnection($"Data Source={database}");
        await conn.OpenAsync();
        await Execute(conn, """
            PRAGMA journal_mode=WAL;
            CREATE TABLE users (Id TEXT PRIMARY KEY, Username TEXT NOT NULL, UsernameNormalized TEXT NOT NULL UNIQUE,
              DisplayName TEXT NOT NULL, Email TEXT NOT NULL, SearchText TEXT NOT NULL, Status TEXT NOT NULL, Tags TEXT NOT NULL,
              CreatedAt TEXT NOT NULL, UpdatedAt TEXT NOT NULL, LastSeenAt TEXT, Version INTEGER NOT NULL);
            CREATE INDEX ix_users_created ON users (CreatedAt);
            CREATE TABLE audit (Id INTEGER PRIMARY KEY, At TEXT NOT NULL, Actor TEXT NOT NULL, Action TEXT NOT NULL,
              Target TEXT NOT NULL, Data TEXT NOT NULL);
            """);
        await using var tx = (SqliteTransaction)await conn.BeginTransactionAsync();
        await using var insert = conn.CreateCommand();
        insert.Transaction = tx;
        insert.CommandText = """
            INSERT INTO users (Id, Username, UsernameNormalized, DisplayName, Email, SearchText, Status, Tags, CreatedAt, UpdatedAt, LastSeenAt, Version)
            VALUES ($id, $u, $un, $d, $e, $s, $status, $tags, $c, $c, $seen, 1)
            """;
        var p = new[] { "$id", "$u", "$un", "$d", "$e", "$s", "$status", "$tags", "$c", "$seen" }
            .ToDictionary(n => n, n => insert.Parameters.Add(new SqliteParameter(n, null)));
        foreach (var row in Seeder.Rows(count))
        {
            p["$id"].Value = row.Id.ToString();
            p["$u"].Value = row.Username;
            p["$un"].Value = row.Username.ToUpperInvariant();
            p["$d"].Value = row.Display;
            p["$e"].Value = row.Email;
            p["$s"].Value = row.SearchText;
            p["$status"].Value = row.Status;
            p["$tags"].Value = JsonSerializer.Serialize(row.Tags);
            p["$c"].Value = row.Created.ToString("O", CultureInfo.InvariantCulture);
            p["$seen"].Value = row.Seen is { } seen ? seen.ToString("O", CultureInfo.InvariantCulture) : DBNull.Value;
            await insert.ExecuteNonQueryAsync();
        }
        await tx.CommitAsync();
        await Execute(conn, "ANALYZE;");
        return watch.Elapsed;
    }

    public static async Task<int> ServeAsync(string[] args)
    {
        var port = args[1];
        var connectionString = new SqliteConnectionStringBuilder { DataSource = args[2], Pooling = true }.ToString();
        var names = await Names.LoadAsync(connectionString);
        var key = new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32));

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.PropertyNamingPolicy = Json.PropertyNamingPolicy);
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(o =>
        {
            o.MapInboundClaims = false;
            o.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = Issuer,
                ValidAudience = Issuer,
                IssuerSigningKey = key,
                ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            };
        });
        builder.Services.AddAuthorization();
        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        var store = new Store(connectionString);

        // The signed-in member: the newest one, so GET /auth/me (the floor of an authenticated read) reads a real row.
        var owner = (await store.NewestAsync(1))[0].Id;
        app.MapPost("/api/v1/auth/login", () =>
        {
            var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
            {
                Issuer = Issuer,
                Audience = Issuer,
                Expires = DateTime.UtcNow.AddHours(1),
                Subject = new ClaimsIdentity([new Claim("sub", owner.ToString())]),
                SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
            });
            return Results.Json(new { access_token = token });
        });

        app.MapGet("/api/v1/auth/me", async (HttpContext http) =>
            await store.OneAsync(Guid.Parse(http.User.FindFirst("sub")!.Value)) is { } me ? Results.Json(me, Json) : Results.Unauthorized())
            .RequireAuthorization();
        var users = app.MapGroup("/api/v1/users").RequireAuthorization();
        users.MapGet("", async (string? q, int? limit, string? sort) =>
        {
            var take = limit ?? 50;
            if (take is < 1 or > 200) return Results.BadRequest(new { error = "limit must be between 1 and 200" });
            List<Member> found;
            if (!string.IsNullOrWhiteSpace(q)) found = await store.ByIdsAsync(names.Find(q.Trim().ToLowerInvariant(), take + 1));
            else if (sort == "-created_at") found = await store.NewestAsync(take + 1);
            else return Results.BadRequest(new { error = "the yardstick serves q= or sort=-created_at" });
            var next = found.Count > take ? found[take - 1].Username : null;
            if (next is not null) found.RemoveAt(take);
            return Results.Json(new MemberPage(found, next, null), Json);
        });
        users.MapGet("/{id:guid}", async (Guid id) =>
            await store.OneAsync(id) is { } member ? Results.Json(member, Json) : Results.NotFound());
        users.MapPost("", async (HttpContext http, NewMember body) =>
        {
            if (string.IsNullOrWhiteSpace(body.Username) || string.IsNullOrWhiteSpace(body.Email))
                return Results.BadRequest(new { error = "username and email are required" });
            var member = await store.CreateAsync(body, http.User.FindFirst("sub")!.Value);
            if (member is null) return Results.Conflict(new { error = "username taken" });
            names.Add(member);
            return Results.Json(member, Json, statusCode: 201);
        });
        users.MapPatch("/{id:guid}", async (HttpContext http, Guid id, MemberEdit body) =>
        {
            if (string.IsNullOrWhiteSpace(body.DisplayName)) return Results.BadRequest(new { error = "display_name is required" });
            return await store.EditAsync(id, body.DisplayName, http.User.FindFirst("sub")!.Value) is { } member
                ? Results.Json(member, Json)
                : Results.NotFound();
        });

        await app.StartAsync();
        Console.WriteLine("ready");
        await app.WaitForShutdownAsync();
        return 0;
    }

    private static async Task Execute(SqliteConnection conn, string sql)
    {
        await using var command = conn.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// Every member's search text in username order, scanned for a substring until a page is full: the simplest
    /// in-memory search (Gatehouse's index skips most of the scan; this one reads all 100k names for a rare term).
    /// </summary>
    private sealed class Names
    {
        private readonly List<(string Key, string Text, Guid Id)> _entries = [];
        private readonly ReaderWriterLockSlim _lock = new();

        public static async Task<Names> LoadAsync(string connectionString)
        {
            var names = new Names();
            await using var conn = new SqliteConnection(connectionString);
            await conn.OpenAsync();
            await using var command = conn.CreateCommand();
            command.CommandText = "SELECT UsernameNormalized, SearchText, Id FROM users ORDER BY UsernameNormalized";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) names._entries.Add((reader.GetString(0), reader.GetString(1), Guid.Parse(reader.GetString(2))));
            return names;
        }

        public List<Guid> Find(string needle, int count)
        {
            var found = new List<Guid>(count);
            _lock.EnterReadLock();
            try
            {
                foreach (var (_, text, id) in _entries)
                {
                    if (!text.Contains(needle, StringComparison.Ordinal)) continue;
                    found.Add(id);
                    if (found.Count == count) break;
                }
            }
            finally
            {
                _lock.ExitReadLock();
            }
            return found;
        }

        public void Add(Member member)
        {
            var key = member.Username.ToUpperInvariant();
            var entry = (key, $"{member.Username} {member.DisplayName} {member.Email}".ToLowerInvariant(), member.Id);
            _lock.EnterWriteLock();
            try
            {
                var at = _entries.BinarySearch(entry, Comparer<(string Key, string Text, Guid Id)>.Create((a, b) => string.CompareOrdinal(a.Key, b.Key)));
                _entries.Insert(at < 0 ? ~at : at, entry);
            }
            finally
            {
                _lock.ExitWriteLock();
            }
        }
    }

    /// <summary>The SQLite file, through connections opened once with the server's settings and reused.</summary>
    private sealed class Store(string connectionString)
    {
        private readonly ConcurrentBag<SqliteConnection> _idle = [];

        public async Task<List<Member>> ByIdsAsync(List<Guid> ids)
        {
            if (ids.Count == 0) return [];
            var members = await ReadAsync($"SELECT {Columns} FROM users WHERE Id IN ({string.Join(',', ids.Select((_, i) => $"$p{i}"))})",
                c => { for (var i = 0; i < ids.Count; i++) c.Parameters.AddWithValue($"$p{i}", ids[i].ToString()); });
            var order = ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
            members.Sort((a, b) => order[a.Id].CompareTo(order[b.Id]));
            return members;
        }

        public Task<List<Member>> NewestAsync(int count) =>
            ReadAsync($"SELECT {Columns} FROM users ORDER BY CreatedAt DESC LIMIT $n", c => c.Parameters.AddWithValue("$n", count));

        public async Task<Member?> OneAsync(Guid id) =>
            (await ReadAsync($"SELECT {Columns} FROM users WHERE Id = $id", c => c.Parameters.AddWithValue("$id", id.ToString()))).FirstOrDefault();

        public async Task<Member?> CreateAsync(NewMember body, string actor)
        {
            var id = Guid.CreateVersion7();
            var now = DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture);
            var created = await WriteAsync(async (conn, tx) =>
            {
                await using var insert = conn.CreateCommand();
                insert.Transaction = tx;
                insert.CommandText = """
                    INSERT INTO users (Id, Username, UsernameNormalized, DisplayName, Email, SearchText, Status, Tags, CreatedAt, UpdatedAt, LastSeenAt, Version)
                    VALUES ($id, $u, $un, $d, $e, $s, 'offline', '[]', $now, $now, NULL, 1) ON CONFLICT DO NOTHING
                    """;
                var display = body.DisplayName ?? body.Username!;
                insert.Parameters.AddWithValue("$id", id.ToString());
                insert.Parameters.AddWithValue("$u", body.Username);
                insert.Parameters.AddWithValue("$un", body.Username!.ToUpperInvariant());
                insert.Parameters.AddWithValue("$d", display);
                insert.Parameters.AddWithValue("$e", body.Email);
                insert.Parameters.AddWithValue("$s", $"{body.Username} {display} {body.Email}".ToLowerInvariant());
                insert.Parameters.AddWithValue("$now", now);
                if (await insert.ExecuteNonQueryAsync() == 0) return false;
                await AuditAsync(conn, tx, actor, "user.created", id, JsonSerializer.Serialize(body, Json));
                return true;
            });
            return created ? await OneAsync(id) : null;
        }

        public async Task<Member?> EditAsync(Guid id, string displayName, string actor)
        {
            var edited = await WriteAsync(async (conn, tx) =>
            {
                await using var update = conn.CreateCommand();
                update.Transaction = tx;
                update.CommandText = "UPDATE users SET DisplayName = $d, UpdatedAt = $now, Version = Version + 1 WHERE Id = $id AND DisplayName <> $d";
                update.Parameters.AddWithValue("$id", id.ToString());
                update.Parameters.AddWithValue("$d", displayName);
                update.Parameters.AddWithValue("$now", DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture));
                if (await update.ExecuteNonQueryAsync() == 0) return false;
                await AuditAsync(conn, tx, actor, "user.updated", id, JsonSerializer.Serialize(new { display_name = displayName }));
                return true;
            });
            return await OneAsync(id) is { } member && (edited || member.DisplayName == displayName) ? member : null;
        }

        private static async Task AuditAsync(SqliteConnection conn, SqliteTransaction tx, string actor, string action, Guid target, string data)
        {
            await using var audit = conn.CreateCommand();
            audit.Transaction = tx;
            audit.CommandText = "INSERT INTO audit (At, Actor, Action, Target, Data) VALUES ($at, $actor, $action, $target, $data)";
            audit.Parameters.AddWithValue("$at", DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture));
            audit.Parameters.AddWithValue("$actor", actor);
            audit.Parameters.AddWithValue("$action", action);
            audit.Parameters.AddWithValue("$target", target.ToString());
            audit.Parameters.AddWithValue("$data", data);
            await audit.ExecuteNonQueryAsync();
        }

        private async Task<bool> WriteAsync(Func<SqliteConnection, SqliteTransaction, Task<bool>> work)
        {
            var conn = await RentAsync();
            try
            {
                // BEGIN IMMEDIATE: the write lock up front, so two writers wait on busy_timeout instead of failing to upgrade.
                await using var tx = conn.BeginTransaction(deferred: false);
                var changed = await work(conn, tx);
                if (changed) await tx.CommitAsync();
                return changed;
            }
            finally
            {
                _idle.Add(conn);
            }
        }

        private async Task<List<Member>> ReadAsync(string sql, Action<SqliteCommand> bind)
        {
            var conn = await RentAsync();
            try
            {
                await using var command = conn.CreateCommand();
                command.CommandText = sql;
                bind(command);
                var members = new List<Member>();
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    var created = DateTime.Parse(reader.GetString(6), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
                    members.Add(new Member(Guid.Parse(reader.GetString(0)), reader.GetString(1), reader.GetString(2), reader.GetString(3), null,
                        "offline", null, null,
                        reader.IsDBNull(8) ? null : DateTime.Parse(reader.GetString(8), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
                        [MemberRole], JsonSerializer.Deserialize<string[]>(reader.GetString(5))!, created,
                        DateTime.Parse(reader.GetString(7), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
                        false, false, null, false, reader.GetInt32(9), reader.GetString(4)));
                }
                return members;
            }
            finally
            {
                _idle.Add(conn);
            }
        }

        private async Task<SqliteConnection> RentAsync()
        {
            if (_idle.TryTake(out var conn)) return conn;
            conn = new SqliteConnection(connectionString);
            await conn.OpenAsync();
            await Execute(conn, Settings);
            return conn;
        }
    }
}
