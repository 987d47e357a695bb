using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gatehouse.Server.Features.Auth.Credentials;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Tests.Features.Analytics;
using Gatehouse.Tests.Features.Presence;
using Gatehouse.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gatehouse.Tests.Features.Privacy;

/// <summary>Erasure everywhere (scanned in the catalog), crypto-shredded audit payloads, a chain that still verifies, and the export.</summary>
public abstract class ErasureTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp, ILiveApp
{
    [Fact]
    public async Task Erasure_leaves_no_personal_value_in_any_table_and_the_audit_chain_still_verifies()
    {
        using var owner = await app.OwnerAsync();
        var (member, id, email) = await app.MemberAsync();
        var profile = await owner.GetJsonAsync($"/api/v1/users/{id}");
        var username = profile.GetProperty("username").GetString()!;
        var displayName = $"Zed {username} Quux";
        await (await owner.PatchAsJsonAsync($"/api/v1/users/{id}", new { display_name = displayName }, null)).ShouldBeAsync(HttpStatusCode.OK);
        await (await member.SendEventsAsync(new { events = new[] { new { type = "page_view" } } })).ShouldBeAsync(HttpStatusCode.Accepted);
        await app.DrainedAsync();
        await (await owner.PostAsJsonAsync($"/api/v1/users/{id}/warn", new { reason = $"{username} was rude ({email})" })).ShouldBeAsync(HttpStatusCode.Created);
        var before = await owner.GetJsonAsync($"/api/v1/audit?target_id={id}");
        Assert.Contains(before.GetProperty("items").EnumerateArray(), e => e.GetProperty("payload").GetRawText().Contains(displayName, StringComparison.Ordinal));
        Assert.NotEmpty(await PersonalValueScan.FindAsync(app.Services, [email]));
        // The sign-in secrets live in the Auth feature's table; erasure wipes them with the rest.
        var passwordHash = await PasswordHashOfAsync(id);
        Assert.NotEmpty(await PersonalValueScan.FindAsync(app.Services, [passwordHash]));

        var erased = await (await owner.PostAsync($"/api/v1/users/{id}/erase", null)).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Contains("audit", erased.GetProperty("sources").EnumerateArray().Select(s => s.GetString()));

        Assert.Empty(await PersonalValueScan.FindAsync(app.Services, [email, username, displayName, passwordHash]));
        Assert.True((await owner.GetJsonAsync("/api/v1/audit/verify")).GetProperty("ok").GetBoolean());
        var after = (await owner.GetJsonAsync($"/api/v1/audit?target_id={id}")).GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(after, e => e.GetProperty("erased").GetBoolean());
        var record = Assert.Single(after, e => e.GetProperty("action").GetString() == "privacy.erased");
        Assert.False(record.GetProperty("erased").GetBoolean());
        // Sessions and tokens are gone: the member's access token stops at once.
        Assert.Equal(HttpStatusCode.Unauthorized, (await member.GetAsync("/api/v1/auth/me")).StatusCode);
        // Once is enough: a second erasure is a clear conflict that writes nothing.
        Assert.Equal("already-erased", (await (await owner.PostAsync($"/api/v1/users/{id}/erase", null)).ShouldBeAsync(HttpStatusCode.Conflict)).ProblemType());
        // The tombstone is deleted but is not a member who can come back.
        Assert.Equal("erased", (await (await owner.PostAsync($"/api/v1/users/{id}/restore", null)).ShouldBeAsync(HttpStatusCode.Conflict)).ProblemType());
    }

    private async Task<string> PasswordHashOfAsync(Guid id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GatehouseDb>();
        return await db.Set<MemberCredential>().Where(c => c.UserId == id).Select(c => c.PasswordHash).SingleAsync() ?? throw new InvalidOperationException("The member was created with a password.");
    }

    [Fact]
    public async Task The_export_is_a_zip_of_json_files_from_every_feature()
    {
        using var owner = await app.OwnerAsync();
        var (member, id, email) = await app.MemberAsync();
        await (await member.SendEventsAsync(new { events = new[] { new { type = "exported_event" } } })).ShouldBeAsync(HttpStatusCode.Accepted);
        await app.DrainedAsync();
        await (await owner.PostAsJsonAsync($"/api/v1/users/{id}/warn", new { reason = "spam" })).ShouldBeAsync(HttpStatusCode.Created);

        var response = await owner.GetAsync($"/api/v1/users/{id}/export");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        string Read(string name)
        {
            using var reader = new StreamReader(zip.GetEntry(name)!.Open());
            return reader.ReadToEnd();
        }
        Assert.Equal(email, JsonDocument.Parse(Read("users/profile.json")).RootElement.GetProperty("email").GetString());
        Assert.Contains("exported_event", Read("analytics/events.json"), StringComparison.Ordinal);
        Assert.Contains("spam", Read("moderation/sanctions.json"), StringComparison.Ordinal);
        Assert.Contains("user.created", Read("audit/entries.json"), StringComparison.Ordinal);
        Assert.NotEmpty(JsonDocument.Parse(Read("auth/sessions.json")).RootElement.EnumerateArray());
        Assert.NotNull(zip.GetEntry("privacy/consents.json"));

        var mine = await member.GetAsync("/api/v1/me/export");
        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        var exported = await owner.GetJsonAsync($"/api/v1/audit?action=privacy.exported&target_id={id}");
        Assert.Equal(2, exported.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Withdrawing_analytics_consent_stops_recording_at_once()
    {
        using var owner = await app.OwnerAsync();
        var (member, _, _) = await app.MemberAsync();
        await (await owner.PutAsJsonAsync("/api/v1/privacy/consent-texts/analytics", new { text_en = "We count visits.", text_fr = "Nous comptons les visites." }))
            .ShouldBeAsync(HttpStatusCode.OK);
        await (await member.PutAsJsonAsync("/api/v1/me/consents/analytics", new { granted = true, version = 1 })).ShouldBeAsync(HttpStatusCode.OK);
        await (await member.SendEventsAsync(new { events = new[] { new { type = "before" } } })).ShouldBeAsync(HttpStatusCode.Accepted);

        await (await member.PutAsJsonAsync("/api/v1/me/consents/analytics", new { granted = false, version = 1 })).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal("consent-required", (await (await member.SendEventsAsync(new { events = new[] { new { type = "after" } } }))
            .ShouldBeAsync(HttpStatusCode.Forbidden)).ProblemType());
        var mine = await member.GetJsonAsync("/api/v1/me/consents");
        var analytics = mine.GetProperty("items").EnumerateArray().Single(c => c.GetProperty("purpose").GetString() == "analytics");
        Assert.False(analytics.GetProperty("granted").GetBoolean());
        Assert.Equal(1, analytics.GetProperty("answered_version").GetInt32());

        // A new text version needs a new answer; stale or unknown answers are clear 4xx.
        await (await owner.PutAsJsonAsync("/api/v1/privacy/consent-texts/analytics", new { text_en = "We count visits and pages.", text_fr = "Nous comptons visites et pages." }))
            .ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal("stale-consent-text", (await (await member.PutAsJsonAsync("/api/v1/me/consents/analytics", new { granted = true, version = 1 }))
            .ShouldBeAsync(HttpStatusCode.Conflict)).ProblemType());
        await (await member.PutAsJsonAsync("/api/v1/me/consents/newsletter", new { granted = true, version = 1 })).ShouldBeAsync(HttpStatusCode.BadRequest);
        await (await member.PutAsJsonAsync("/api/v1/me/consents/analytics", new { granted = true })).ShouldBeAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Privacy_management_needs_the_permission_and_bad_input_is_a_clear_4xx()
    {
        using var owner = await app.OwnerAsync();
        var (member, id, _) = await app.MemberAsync();
        var (_, otherId, _) = await app.MemberAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync($"/api/v1/users/{otherId}/export")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostAsync($"/api/v1/users/{otherId}/erase", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync("/api/v1/privacy/register")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await owner.PostAsync($"/api/v1/users/{Guid.NewGuid()}/erase", null)).StatusCode);
        var ownerId = (await owner.GetJsonAsync("/api/v1/auth/me")).GetProperty("user").GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.Conflict, (await owner.PostAsync($"/api/v1/users/{ownerId}/erase", null)).StatusCode);

        var register = await owner.GetJsonAsync("/api/v1/privacy/register");
        Assert.Contains(register.GetProperty("items").EnumerateArray(), a => a.GetProperty("feature").GetString() == "analytics");
        var csv = await owner.GetStringAsync("/api/v1/privacy/register?format=csv");
        Assert.StartsWith("Feature,Name,DataCategories", csv, StringComparison.Ordinal);
        await (await owner.GetAsync("/api/v1/privacy/register?format=xml")).ShouldBeAsync(HttpStatusCode.BadRequest);
        await (await owner.PutAsJsonAsync("/api/v1/privacy/retention/sessions", new { days = 0 })).ShouldBeAsync(HttpStatusCode.BadRequest);
        await (await owner.PutAsJsonAsync("/api/v1/privacy/retention/nothing", new { days = 10 })).ShouldBeAsync(HttpStatusCode.BadRequest);
        await (await owner.PutAsJsonAsync("/api/v1/privacy/consent-texts/analytics", new { text_en = "only english" })).ShouldBeAsync(HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync("/api/v1/me/consents")).StatusCode);
        _ = id;
    }

    [Fact]
    public async Task Retention_erases_members_deleted_longer_ago_than_the_setting_on_the_fake_clock()
    {
        using var owner = await app.OwnerAsync();
        var (_, id, email) = await app.MemberAsync();
        await (await owner.PutAsJsonAsync("/api/v1/privacy/retention/deleted_members", new { days = 7 })).ShouldBeAsync(HttpStatusCode.OK);
        await (await owner.DeleteAsync($"/api/v1/users/{id}")).ShouldBeAsync(HttpStatusCode.NoContent);

        var pruner = app.Service<Gatehouse.Server.Features.Privacy.RetentionPruner>();
        Assert.Equal(0, (await pruner.PruneAsync(default))["deleted_members"]);
        Assert.NotEmpty(await PersonalValueScan.FindAsync(app.Services, [email]));

        await app.AdvanceAsync(TimeSpan.FromDays(8));
        await pruner.PruneAsync(default); // the background pass may have done it already; a second pass finds nothing left
        Assert.Empty(await PersonalValueScan.FindAsync(app.Services, [email]));
        using var again = await app.OwnerAsync();
        Assert.True((await again.GetJsonAsync("/api/v1/audit/verify")).GetProperty("ok").GetBoolean());
    }
}

public sealed class ErasureTests_Sqlite(AnalyticsSqliteApp app) : ErasureTests<AnalyticsSqliteApp>(app);

public sealed class ErasureTests_Postgres(AnalyticsPostgresApp app) : ErasureTests<AnalyticsPostgresApp>(app);
