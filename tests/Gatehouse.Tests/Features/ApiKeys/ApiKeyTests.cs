using System.Net;
using System.Net.Http.Json;
using Gatehouse.Tests.Infrastructure;

namespace Gatehouse.Tests.Features.ApiKeys;

/// <summary>API keys on real Kestrel (real client addresses) with a fake clock for expiry and rotation grace.</summary>
public abstract class ApiKeyTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp, ILiveApp
{
    [Fact]
    public async Task A_key_works_within_its_scopes_and_its_secret_is_shown_only_once()
    {
        using var owner = await app.OwnerAsync();
        var key = await owner.CreateKeyAsync(["users.read"]);
        Assert.StartsWith("gh_live_", key.Secret, StringComparison.Ordinal);
        Assert.StartsWith(key.Body.GetProperty("api_key").GetProperty("prefix").GetString()!, key.Secret, StringComparison.Ordinal);

        using var bearer = app.WithKey(key.Secret);
        using var header = app.WithKey(key.Secret, asHeader: true);
        await (await bearer.GetAsync("/api/v1/users")).ShouldBeAsync(HttpStatusCode.OK);
        await (await header.GetAsync("/api/v1/users")).ShouldBeAsync(HttpStatusCode.OK);
        var denied = await (await bearer.GetAsync("/api/v1/roles")).ShouldBeAsync(HttpStatusCode.Forbidden);
        Assert.Equal("roles.read", denied.GetProperty("permission").GetString());

        var secretPart = key.Secret[^64..];
        var list = await (await owner.GetAsync("/api/v1/api-keys")).Content.ReadAsStringAsync();
        Assert.DoesNotContain(secretPart, list, StringComparison.Ordinal);
        var audit = await (await owner.GetAsync($"/api/v1/audit?target_id={key.Id}")).Content.ReadAsStringAsync();
        Assert.DoesNotContain(secretPart, audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scopes_cannot_exceed_the_creators_permissions()
    {
        using var owner = await app.OwnerAsync();
        var role = Api.Unique("integrator");
        await (await owner.PostAsJsonAsync("/api/v1/roles", new { name = role, priority = 20, permissions = new[] { "apikeys.manage", "users.read" } }))
            .ShouldBeAsync(HttpStatusCode.Created);
        var (member, _, _) = await app.MemberAsync(role);
        var refused = await (await member.PostAsJsonAsync("/api/v1/api-keys", new { name = "too much", scopes = new[] { "users.read", "roles.manage" } }))
            .ShouldBeAsync(HttpStatusCode.Forbidden);
        Assert.Contains("roles.manage", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var unknown = await (await member.PostAsJsonAsync("/api/v1/api-keys", new { name = "odd", scopes = new[] { "users.fly" } }))
            .ShouldBeAsync(HttpStatusCode.BadRequest);
        Assert.True(unknown.GetProperty("errors").TryGetProperty("scopes", out _));
    }

    [Fact]
    public async Task A_permission_the_creator_loses_is_gone_from_the_key_on_the_next_request()
    {
        using var owner = await app.OwnerAsync();
        var role = Api.Unique("integrator");
        var created = await (await owner.PostAsJsonAsync("/api/v1/roles", new { name = role, priority = 20, permissions = new[] { "apikeys.manage", "users.read" } }))
            .ShouldBeAsync(HttpStatusCode.Created);
        var (member, _, _) = await app.MemberAsync(role);
        var key = await member.CreateKeyAsync(["users.read"]);
        using var integration = app.WithKey(key.Secret);
        await (await integration.GetAsync("/api/v1/users")).ShouldBeAsync(HttpStatusCode.OK);

        var roleId = created.GetProperty("id").GetGuid();
        await (await owner.PatchAsJsonAsync($"/api/v1/roles/{roleId}", new { permissions = new[] { "apikeys.manage" } }, null)).ShouldBeAsync(HttpStatusCode.OK);
        await (await integration.GetAsync("/api/v1/users")).ShouldBeAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_expired_key_is_refused_and_says_so()
    {
        using var owner = await app.OwnerAsync();
        var key = await owner.CreateKeyAsync(["users.read"], new { expires_at = app.Clock.GetUtcNow().AddHours(1).UtcDateTime });
        using var integration = app.WithKey(key.Secret);
        await (await integration.GetAsync("/api/v1/users")).ShouldBeAsync(HttpStatusCode.OK);
        app.Clock.Advance(TimeSpan.FromHours(2));
        var refused = await (await integration.GetAsync("/api/v1/users")).ShouldBeAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("expired", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);
        using var fresh = await app.OwnerAsync();
        Assert.Equal("expired", (await fresh.KeyRowAsync(key.Id)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_ip_allowlist_admits_only_listed_addresses()
    {
        using var owner = await app.OwnerAsync();
        var elsewhere = await owner.CreateKeyAsync(["users.read"], new { allowed_ips = new[] { "10.0.0.0/8", "2001:db8::/32" } });
        var local = await owner.CreateKeyAsync(["users.read"], new { allowed_ips = new[] { "127.0.0.0/8", "::1" } });
        using var refusedClient = app.WithKey(elsewhere.Secret);
        var refused = await (await refusedClient.GetAsync("/api/v1/users")).ShouldBeAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("127.0.0.1", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);
        using var allowedClient = app.WithKey(local.Secret);
        await (await allowedClient.GetAsync("/api/v1/users")).ShouldBeAsync(HttpStatusCode.OK);
        var bad = await (await owner.PostAsJsonAsync("/api/v1/api-keys", new { name = "x", scopes = new[] { "users.read" }, allowed_ips = new[] { "10.0.0.0/99" } }))
            .ShouldBeAsync(HttpStatusCode.BadRequest);
        Assert.Contains("10.0.0.0/99", bad.GetProperty("errors").GetProperty("allowed_ips")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Past_its_rate_limit_a_key_gets_429_with_retry_after_and_ratelimit_headers()
    {
        using var owner = await app.OwnerAsync();
        var key = await owner.CreateKeyAsync(["users.read"], new { rate_limit_per_minute = 3 });
        using var integration = app.WithKey(key.Secret);
        for (var expected = 2; expected >= 0; expected--)
        {
            var ok = await integration.GetAsync("/api/v1/users");
            await ok.ShouldBeAsync(HttpStatusCode.OK);
            Assert.Equal("3", ok.Headers.GetValues("RateLimit-Limit").Single());
            Assert.Equal(expected.ToString(System.Globalization.CultureInfo.InvariantCulture), ok.Headers.GetValues("RateLimit-Remaining").Single());
        }
        var limited = await integration.GetAsync("/api/v1/users");
        var problem = await limited.ShouldBeAsync(HttpStatusCode.TooManyRequests);
        Assert.Equal("rate-limited", problem.ProblemType());
        var retryAfter = int.Parse(limited.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 60);
        Assert.Equal("0", limited.Headers.GetValues("RateLimit-Remaining").Single());
        Assert.True(limited.Headers.Contains("RateLimit-Reset"));
        // Other keys and signed-in members are not affected.
        await (await owner.GetAsync("/api/v1/users")).ShouldBeAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task After_rotation_the_old_secret_works_only_during_the_grace_period()
    {
        using var owner = await app.OwnerAsync();
        var key = await owner.CreateKeyAsync(["users.read"]);
        var rotated = await (await owner.PostAsJsonAsync($"/api/v1/api-keys/{key.Id}/rotate", new { grace_period_seconds = 3600 })).ShouldBeAsync(HttpStatusCode.OK);
        var fresh = rotated.GetProperty("key").GetString()!;
        Assert.NotEqual(key.Secret, fresh);
        Assert.Equal(key.Secret[..20], fresh[..20]);
        using var oldClient = app.WithKey(key.Secret);
        using var newClient = app.WithKey(fresh);
        await (await oldClient.GetAsync("/api/v1/users")).ShouldBeAsync(HttpStatusCode.OK);
        await (await newClient.GetAsync("/api/v1/users")).ShouldBeAsync(HttpStatusCode.OK);

        app.Clock.Advance(TimeSpan.FromMinutes(61));
        await (await oldClient.GetAsync("/api/v1/users")).ShouldBeAsync(HttpStatusCode.Unauthorized);
        await (await newClient.GetAsync("/api/v1/users")).ShouldBeAsync(HttpStatusCode.OK);

        using var admin = await app.OwnerAsync();
        var again = await (await admin.PostAsync($"/api/v1/api-keys/{key.Id}/rotate", null)).ShouldBeAsync(HttpStatusCode.OK);
        Assert.True(again.GetProperty("api_key").GetProperty("previous_valid_until").GetDateTime() > app.Clock.GetUtcNow().AddHours(23).UtcDateTime);
        var immediate = await (await admin.PostAsJsonAsync($"/api/v1/api-keys/{key.Id}/rotate", new { grace_period_seconds = 0 })).ShouldBeAsync(HttpStatusCode.OK);
        using var replaced = app.WithKey(again.GetProperty("key").GetString()!);
        await (await replaced.GetAsync("/api/v1/users")).ShouldBeAsync(HttpStatusCode.Unauthorized);
        using var newest = app.WithKey(immediate.GetProperty("key").GetString()!);
        await (await newest.GetAsync("/api/v1/users")).ShouldBeAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_revoked_key_is_refused_and_revoking_twice_changes_nothing()
    {
        using var owner = await app.OwnerAsync();
        var key = await owner.CreateKeyAsync(["users.read"]);
        await (await owner.DeleteAsync($"/api/v1/api-keys/{key.Id}")).ShouldBeAsync(HttpStatusCode.NoContent);
        await (await owner.DeleteAsync($"/api/v1/api-keys/{key.Id}")).ShouldBeAsync(HttpStatusCode.NoContent);
        using var integration = app.WithKey(key.Secret);
        var refused = await (await integration.GetAsync("/api/v1/users")).ShouldBeAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("revoked", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var audit = await owner.GetJsonAsync($"/api/v1/audit?target_id={key.Id}&action=apikey.revoked");
        Assert.Equal(1, audit.GetProperty("items").GetArrayLength());
        await (await owner.PostAsync($"/api/v1/api-keys/{key.Id}/rotate", null)).ShouldBeAsync(HttpStatusCode.Conflict);
        await (await owner.DeleteAsync($"/api/v1/api-keys/{Guid.NewGuid()}")).ShouldBeAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Changes_made_with_a_key_are_audited_with_its_id_and_its_last_use_is_shown()
    {
        using var owner = await app.OwnerAsync();
        var key = await owner.CreateKeyAsync(["users.read", "users.create"]);
        Assert.Equal(JsonValueKindNull, key.Body.GetProperty("api_key").GetProperty("last_used_at").ValueKind);
        using var integration = app.WithKey(key.Secret);
        var user = await integration.CreateUserAsync(Api.Unique("bot"));
        var entry = (await owner.GetJsonAsync($"/api/v1/audit?action=user.created&target_id={user.GetProperty("id").GetGuid()}")).GetProperty("items")[0];
        Assert.Equal(key.Id, entry.GetProperty("actor_api_key_id").GetGuid());
        var row = await owner.KeyRowAsync(key.Id);
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, row.GetProperty("last_used_at").GetDateTime(), TimeSpan.FromSeconds(1));
        Assert.Equal("127.0.0.1", row.GetProperty("last_used_ip").GetString());
        Assert.Equal("owner", row.GetProperty("created_by_username").GetString());
    }

    [Fact]
    public async Task Only_the_creator_or_someone_above_them_holding_every_scope_may_rotate_a_key()
    {
        using var owner = await app.OwnerAsync();
        var ownersKey = await owner.CreateKeyAsync(["users.read"]);
        var role = Api.Unique("keymgr");
        await (await owner.PostAsJsonAsync("/api/v1/roles", new { name = role, priority = 20, permissions = new[] { "apikeys.manage", "users.read" } }))
            .ShouldBeAsync(HttpStatusCode.Created);
        var (member, _, _) = await app.MemberAsync(role);
        var refused = await (await member.PostAsync($"/api/v1/api-keys/{ownersKey.Id}/rotate", null)).ShouldBeAsync(HttpStatusCode.Forbidden);
        Assert.Equal("hierarchy", refused.ProblemType());
        var own = await member.CreateKeyAsync(["users.read"]);
        await (await member.PostAsync($"/api/v1/api-keys/{own.Id}/rotate", null)).ShouldBeAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Malformed_and_unknown_keys_are_401()
    {
        using var junk = app.WithKey("gh_live_nothing");
        Assert.Equal(HttpStatusCode.Unauthorized, (await junk.GetAsync("/api/v1/users")).StatusCode);
        using var unknown = app.WithKey("gh_live_0123456789ab_" + new string('a', 64), asHeader: true);
        Assert.Equal(HttpStatusCode.Unauthorized, (await unknown.GetAsync("/api/v1/users")).StatusCode);
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;
}

public sealed class ApiKeyTests_Sqlite(LiveSqliteApp app) : ApiKeyTests<LiveSqliteApp>(app);

public sealed class ApiKeyTests_Postgres(LivePostgresApp app) : ApiKeyTests<LivePostgresApp>(app);
