using System.Net;
using System.Text.Json;
using Gatehouse.Tests.Infrastructure;

namespace Gatehouse.Tests.Features.Audit;

/// <summary>Each test class owns its database, so tampering here breaks no other test's chain.</summary>
public abstract class AuditTamperTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp
{
    [Fact]
    public async Task The_database_refuses_edits_and_verify_finds_a_row_changed_behind_its_back()
    {
        using var owner = await app.OwnerAsync();
        await owner.CreateUserAsync(Api.Unique("a"));
        await owner.CreateUserAsync(Api.Unique("b"));
        var verified = await owner.GetJsonAsync("/api/v1/audit/verify");
        Assert.True(verified.GetProperty("ok").GetBoolean());
        var target = verified.GetProperty("last_seq").GetInt64() - 1;
        Assert.True(target > 1);

        // Append-only is enforced by the database itself.
        var refused = await Record.ExceptionAsync(() => app.ExecuteSqlAsync($"UPDATE audit_entries SET \"Result\" = 'fail' WHERE \"Seq\" = {target}"));
        Assert.NotNull(refused);
        Assert.Contains("append-only", refused.Message, StringComparison.Ordinal);
        Assert.NotNull(await Record.ExceptionAsync(() => app.ExecuteSqlAsync($"DELETE FROM audit_entries WHERE \"Seq\" = {target}")));
        Assert.True((await owner.GetJsonAsync("/api/v1/audit/verify")).GetProperty("ok").GetBoolean());

        // Someone with full database access disables the guard and rewrites history.
        await app.ExecuteSqlAsync(app.IsPostgres
            ? "ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_no_change"
            : "DROP TRIGGER audit_entries_no_update");
        await app.ExecuteSqlAsync($"UPDATE audit_entries SET \"Payload\" = '{{\"rewritten\":true}}' WHERE \"Seq\" = {target}");

        var broken = await owner.GetJsonAsync("/api/v1/audit/verify");
        Assert.False(broken.GetProperty("ok").GetBoolean());
        Assert.Equal(target, broken.GetProperty("first_broken").GetProperty("seq").GetInt64());
        Assert.Equal(target - 1, broken.GetProperty("checked").GetInt64());
        Assert.Contains("hash", broken.GetProperty("first_broken").GetProperty("reason").GetString(), StringComparison.Ordinal);
    }
}

public sealed class AuditTamperTests_Sqlite(SqliteApp app) : AuditTamperTests<SqliteApp>(app);

public sealed class AuditTamperTests_Postgres(PostgresApp app) : AuditTamperTests<PostgresApp>(app);

public abstract class AuditDeletionTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp
{
    [Fact]
    public async Task Verify_finds_a_row_deleted_behind_its_back()
    {
        using var owner = await app.OwnerAsync();
        await owner.CreateUserAsync(Api.Unique("a"));
        var last = (await owner.GetJsonAsync("/api/v1/audit/verify")).GetProperty("last_seq").GetInt64();
        await app.ExecuteSqlAsync(app.IsPostgres
            ? "ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_no_change"
            : "DROP TRIGGER audit_entries_no_delete");
        await app.ExecuteSqlAsync($"DELETE FROM audit_entries WHERE \"Seq\" = {last - 1}");

        var broken = await owner.GetJsonAsync("/api/v1/audit/verify");
        Assert.False(broken.GetProperty("ok").GetBoolean());
        Assert.Equal(last, broken.GetProperty("first_broken").GetProperty("seq").GetInt64());
        Assert.Contains("missing", broken.GetProperty("first_broken").GetProperty("reason").GetString(), StringComparison.Ordinal);
    }
}

public sealed class AuditDeletionTests_Sqlite(SqliteApp app) : AuditDeletionTests<SqliteApp>(app);

public sealed class AuditDeletionTests_Postgres(PostgresApp app) : AuditDeletionTests<PostgresApp>(app);

public abstract class AuditQueryTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp
{
    [Fact]
    public async Task Entries_carry_the_request_context_and_a_before_after_diff()
    {
        using var owner = await app.OwnerAsync();
        owner.DefaultRequestHeaders.UserAgent.ParseAdd("gatehouse-tests/1.0");
        var id = (await owner.CreateUserAsync(Api.Unique("d"))).GetProperty("id").GetGuid();
        await (await owner.PatchAsJsonAsync($"/api/v1/users/{id}", new { display_name = "After" }, null)).ShouldBeAsync(HttpStatusCode.OK);

        var page = await owner.GetJsonAsync($"/api/v1/audit?action=user.updated&target_id={id}");
        var entry = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal("success", entry.GetProperty("result").GetString());
        Assert.Equal("gatehouse-tests/1.0", entry.GetProperty("user_agent").GetString());
        Assert.False(string.IsNullOrEmpty(entry.GetProperty("request_id").GetString()));
        Assert.False(string.IsNullOrEmpty(entry.GetProperty("trace_id").GetString()));
        Assert.Equal("After", entry.GetProperty("payload").GetProperty("after").GetProperty("display_name").GetString());
        Assert.StartsWith("User ", entry.GetProperty("payload").GetProperty("before").GetProperty("display_name").GetString(), StringComparison.Ordinal);
        Assert.False(entry.GetProperty("payload").GetProperty("after").TryGetProperty("email", out _));

        var single = await owner.GetJsonAsync($"/api/v1/audit/{entry.GetProperty("id").GetGuid()}");
        Assert.Equal(entry.GetProperty("hash").GetString(), single.GetProperty("hash").GetString());
    }

    [Fact]
    public async Task Paging_walks_every_entry_once_newest_first()
    {
        using var owner = await app.OwnerAsync();
        for (var i = 0; i < 5; i++) await owner.CreateUserAsync(Api.Unique("p"));
        var seqs = new List<long>();
        string? cursor = null;
        do
        {
            var page = await owner.GetJsonAsync($"/api/v1/audit?action=user.&limit=2{(cursor is null ? "" : $"&cursor={cursor}")}");
            seqs.AddRange(page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("seq").GetInt64()));
            cursor = page.GetProperty("next_cursor").ValueKind == JsonValueKind.Null ? null : page.GetProperty("next_cursor").GetString();
        } while (cursor is not null);
        Assert.True(seqs.Count >= 5);
        Assert.Equal(seqs.OrderDescending(), seqs);
        Assert.Equal(seqs.Distinct().Count(), seqs.Count);
    }

    [Fact]
    public async Task Export_gives_the_filtered_view_as_csv_and_json()
    {
        using var owner = await app.OwnerAsync();
        var id = (await owner.CreateUserAsync(Api.Unique("x"))).GetProperty("id").GetGuid();
        var csv = await owner.GetAsync($"/api/v1/audit/export?format=csv&target_id={id}");
        await csv.ShouldBeAsync(HttpStatusCode.OK);
        var lines = (await csv.Content.ReadAsStringAsync()).Trim().Split('\n');
        Assert.StartsWith("Seq,Timestamp", lines[0], StringComparison.Ordinal);
        Assert.Equal(2, lines.Length);
        Assert.Contains("user.created", lines[1], StringComparison.Ordinal);
        var json = await owner.GetJsonAsync($"/api/v1/audit/export?format=json&target_id={id}");
        Assert.Equal("user.created", Assert.Single(json.EnumerateArray()).GetProperty("action").GetString());
        await (await owner.GetAsync("/api/v1/audit/export?format=xml")).ShouldBeAsync(HttpStatusCode.BadRequest);
    }
}

public sealed class AuditQueryTests_Sqlite(SqliteApp app) : AuditQueryTests<SqliteApp>(app);

public sealed class AuditQueryTests_Postgres(PostgresApp app) : AuditQueryTests<PostgresApp>(app);
