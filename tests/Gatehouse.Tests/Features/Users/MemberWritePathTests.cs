using System.Net;
using System.Net.Http.Json;
using Gatehouse.Server.Features.Users;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gatehouse.Tests.Features.Users;

/// <summary>The member write path: no-op writes change nothing, moved members are audited, administrators are counted exactly.</summary>
public abstract class MemberWritePathTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp
{
    [Fact]
    public async Task A_patch_with_the_current_values_keeps_version_etag_audit_and_events()
    {
        using var owner = await app.OwnerAsync();
        var id = (await owner.CreateUserAsync(Api.Unique("same"), ["member"], ["a", "b"])).GetProperty("id").GetGuid();
        var current = await owner.GetJsonAsync($"/api/v1/users/{id}");

        var patch = await owner.PatchAsJsonAsync($"/api/v1/users/{id}", new
        {
            display_name = current.GetProperty("display_name").GetString(),
            roles = new[] { "member" },
            tags = new[] { "a", "b" },
            allow_overrides = Array.Empty<string>(),
        }, "\"1\"");
        var body = await patch.ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal("\"1\"", patch.Headers.ETag?.ToString());
        Assert.Equal(1, body.GetProperty("version").GetInt32());
        await NothingBut("user.created", id);

        // A real change still counts.
        var changed = await owner.PatchAsJsonAsync($"/api/v1/users/{id}", new { tags = new[] { "b", "a" } }, "\"1\"");
        await changed.ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal("\"2\"", changed.Headers.ETag?.ToString());
    }

    [Fact]
    public async Task Adding_a_role_the_member_has_keeps_version_etag_audit_and_events()
    {
        using var owner = await app.OwnerAsync();
        var id = (await owner.CreateUserAsync(Api.Unique("hasrole"), ["member"])).GetProperty("id").GetGuid();
        var response = await owner.PostAsJsonAsync($"/api/v1/users/{id}/roles", new { add = new[] { "member" } });
        await response.ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal("\"1\"", response.Headers.ETag?.ToString());
        await NothingBut("user.created", id);
    }

    [Fact]
    public async Task Deleting_a_role_with_reassign_moves_each_member_through_the_write_path()
    {
        using var owner = await app.OwnerAsync();
        var doomed = Api.Unique("doomed");
        var doomedId = (await (await owner.PostAsJsonAsync("/api/v1/roles", new { name = doomed, priority = 4 })).ShouldBeAsync(HttpStatusCode.Created))
            .GetProperty("id").GetGuid();
        var heir = await (await owner.PostAsJsonAsync("/api/v1/roles", new { name = Api.Unique("heir"), priority = 3, inherits = new[] { doomed } }))
            .ShouldBeAsync(HttpStatusCode.Created);
        var heirId = heir.GetProperty("id").GetGuid();
        var moved = new[]
        {
            (await owner.CreateUserAsync(Api.Unique("mv"), [doomed])).GetProperty("id").GetGuid(),
            (await owner.CreateUserAsync(Api.Unique("mv"), [doomed, "member"])).GetProperty("id").GetGuid(),
        };

        await (await owner.DeleteAsync($"/api/v1/roles/{doomedId}?reassign=member")).ShouldBeAsync(HttpStatusCode.NoContent);

        foreach (var id in moved)
        {
            var user = await owner.GetJsonAsync($"/api/v1/users/{id}");
            Assert.Equal(2, user.GetProperty("version").GetInt32());
            Assert.Equal(["member"], user.GetProperty("roles").EnumerateArray().Select(r => r.GetProperty("name").GetString()));
            var audit = (await owner.GetJsonAsync($"/api/v1/audit?target_id={id}&action=user.roles_changed")).GetProperty("items");
            var entry = Assert.Single(audit.EnumerateArray());
            Assert.Contains(doomed, entry.GetProperty("payload").GetProperty("before").GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        }
        Assert.Equal(2, await EventsAsync("user.roles_changed", moved));

        var heirNow = await owner.GetJsonAsync($"/api/v1/roles/{heirId}");
        Assert.Equal(2, heirNow.GetProperty("version").GetInt32());
        Assert.Equal(0, heirNow.GetProperty("inherits").GetArrayLength());
        var versions = await owner.GetJsonAsync($"/api/v1/roles/{heirId}/versions");
        Assert.Contains(versions.EnumerateArray(), v => v.GetProperty("version").GetInt32() == 2);
    }

    /// <summary>Only the creation was recorded: no audit entry or event for the no-op.</summary>
    private async Task NothingBut(string action, Guid id)
    {
        using var owner = await app.OwnerAsync();
        var audit = (await owner.GetJsonAsync($"/api/v1/audit?target_id={id}")).GetProperty("items");
        Assert.Equal([action], audit.EnumerateArray().Select(e => e.GetProperty("action").GetString()));
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GatehouseDb>();
        var key = id.ToString();
        Assert.Equal([action], await db.OutboxMessages.Where(m => m.AggregateId == key).Select(m => m.Type).ToListAsync());
    }

    private async Task<int> EventsAsync(string type, Guid[] ids)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GatehouseDb>();
        var keys = ids.Select(i => i.ToString()).ToList();
        return await db.OutboxMessages.CountAsync(m => m.Type == type && keys.Contains(m.AggregateId));
    }
}

/// <summary>
/// The one "is this account active" rule, as the database sees it: the instant is a query parameter,
/// so EF Core compiles the query once and not on every gateway connect (it did: a new literal each time).
/// </summary>
public abstract class ActiveRuleQueryTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp
{
    [Fact]
    public async Task The_instant_is_sent_as_a_parameter_and_still_decides()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GatehouseDb>();
        var at = new DateTime(2031, 7, 9, 8, 7, 6, DateTimeKind.Utc);
        // ToQueryString declares the parameters first ("-- @At=…" or ".param set @At …"), then the query.
        var query = string.Join('\n', db.Users.Where(User.ActiveAt(at)).ToQueryString().Split('\n')
            .Where(line => !line.StartsWith("--", StringComparison.Ordinal) && !line.StartsWith(".param", StringComparison.Ordinal)));
        Assert.DoesNotContain("2031", query, StringComparison.Ordinal);
        Assert.Contains("@At", query, StringComparison.Ordinal);

        using var owner = await app.OwnerAsync();
        var id = (await owner.CreateUserAsync(Api.Unique("activerule"), ["member"])).GetProperty("id").GetGuid();
        Assert.True(await db.Users.Where(u => u.Id == id).AnyAsync(User.ActiveAt(DateTime.UtcNow)));
        await db.Users.Where(u => u.Id == id).ExecuteUpdateAsync(u => u.SetProperty(x => x.DeletedAt, DateTime.UtcNow.AddHours(-1)));
        Assert.False(await db.Users.Where(u => u.Id == id).AnyAsync(User.ActiveAt(DateTime.UtcNow)));
        // Deleted in the future (a scheduled deletion) is still active now, and no longer after it.
        await db.Users.Where(u => u.Id == id).ExecuteUpdateAsync(u => u.SetProperty(x => x.DeletedAt, at));
        Assert.True(await db.Users.Where(u => u.Id == id).AnyAsync(User.ActiveAt(at.AddDays(-1))));
        Assert.False(await db.Users.Where(u => u.Id == id).AnyAsync(User.ActiveAt(at.AddDays(1))));
    }
}

public sealed class ActiveRuleQueryTests_Sqlite(SqliteApp app) : ActiveRuleQueryTests<SqliteApp>(app);

public sealed class ActiveRuleQueryTests_Postgres(PostgresApp app) : ActiveRuleQueryTests<PostgresApp>(app);

public sealed class MemberWritePathTests_Sqlite(SqliteApp app) : MemberWritePathTests<SqliteApp>(app);

public sealed class MemberWritePathTests_Postgres(PostgresApp app) : MemberWritePathTests<PostgresApp>(app);

/// <summary>The last-administrator rule counts every holder, however many members hold overrides.</summary>
public abstract class AdministratorCountTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp
{
    [Fact]
    public async Task The_rule_holds_with_more_than_500_members_holding_overrides_ahead_of_the_administrator()
    {
        using var owner = await app.OwnerAsync();
        // 600 members with an override (not administrator), stored before the one administrator:
        // a count that reads only the first 500 candidates never sees the administrator.
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GatehouseDb>();
            var now = DateTime.UtcNow;
            for (var i = 0; i < 600; i++)
            {
                var name = $"ovr{i}x{Environment.TickCount64 % 100000}";
                var u = new User
                {
                    Username = name,
                    UsernameNormalized = User.NormalizeUsername(name),
                    DisplayName = name,
                    Email = $"{name}@example.test",
                    EmailNormalized = User.NormalizeEmail($"{name}@example.test"),
                    AllowOverrides = ["users.read"],
                    CreatedAt = now,
                    UpdatedAt = now,
                };
                u.RefreshSearchText();
                db.Users.Add(u);
            }
            await db.SaveChangesAsync();
        }
        var only = (await owner.CreateUserAsync(Api.Unique("onlyadmin"), ["admin"])).GetProperty("id").GetGuid();

        var refused = await (await owner.PatchAsJsonAsync($"/api/v1/users/{only}", new { roles = new[] { "member" } }, null))
            .ShouldBeAsync(HttpStatusCode.Conflict);
        Assert.Equal("last-administrator", refused.ProblemType());

        // With a second administrator the same change is valid: no false 409.
        await owner.CreateUserAsync(Api.Unique("secondadmin"), ["admin"]);
        await (await owner.PatchAsJsonAsync($"/api/v1/users/{only}", new { roles = new[] { "member" } }, null)).ShouldBeAsync(HttpStatusCode.OK);
    }
}

public sealed class AdministratorCountTests_Sqlite(SqliteApp app) : AdministratorCountTests<SqliteApp>(app);

public sealed class AdministratorCountTests_Postgres(PostgresApp app) : AdministratorCountTests<PostgresApp>(app);
