using System.Net;
using System.Net.Http.Json;
using Gatehouse.Tests.Infrastructure;

namespace Gatehouse.Tests.Features.Analytics;

public sealed class ConsentSqliteApp : AnalyticsSqliteApp
{
    protected override IReadOnlyDictionary<string, string?> Settings => AnalyticsKit.With(AnalyticsKit.DefaultSettings, new Dictionary<string, string?> { ["Analytics:RequireConsent"] = "true" });
}

public sealed class ConsentPostgresApp : AnalyticsPostgresApp
{
    protected override IReadOnlyDictionary<string, string?> Settings => AnalyticsKit.With(AnalyticsKit.DefaultSettings, new Dictionary<string, string?> { ["Analytics:RequireConsent"] = "true" });
}

/// <summary>A site that requires consent stores nothing from a member until the member gave it, and nothing after it is withdrawn.</summary>
public abstract class ConsentTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp, ILiveApp
{
    private static readonly object Batch = new { events = new[] { new { type = "page_view" } } };

    [Fact]
    public async Task Events_are_refused_without_recorded_consent_accepted_with_it_and_refused_again_after_withdrawal()
    {
        var (member, id, _) = await app.MemberAsync();
        var status = await member.GetJsonAsync("/api/v1/analytics/consent");
        Assert.True(status.GetProperty("required").GetBoolean());
        Assert.False(status.GetProperty("granted").GetBoolean());

        var refused = await (await member.SendEventsAsync(Batch)).ShouldBeAsync(HttpStatusCode.Forbidden);
        Assert.Equal("consent-required", refused.ProblemType());

        await (await member.PutAsJsonAsync("/api/v1/analytics/consent", new { granted = true })).ShouldBeAsync(HttpStatusCode.OK);
        await (await member.SendEventsAsync(Batch)).ShouldBeAsync(HttpStatusCode.Accepted);
        // The same answer again changes nothing: no second audit entry.
        await (await member.PutAsJsonAsync("/api/v1/analytics/consent", new { granted = true })).ShouldBeAsync(HttpStatusCode.OK);

        await (await member.PutAsJsonAsync("/api/v1/analytics/consent", new { granted = false })).ShouldBeAsync(HttpStatusCode.OK);
        await (await member.SendEventsAsync(Batch)).ShouldBeAsync(HttpStatusCode.Forbidden);

        using var owner = await app.OwnerAsync();
        var audit = await owner.GetJsonAsync($"/api/v1/audit?actor={id}");
        var actions = audit.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("action").GetString()).ToList();
        Assert.Equal(1, actions.Count(a => a == "analytics.consent_given"));
        Assert.Equal(1, actions.Count(a => a == "analytics.consent_withdrawn"));
        await (await member.PutAsJsonAsync("/api/v1/analytics/consent", new { })).ShouldBeAsync(HttpStatusCode.BadRequest);
    }
}

public sealed class ConsentTests_Sqlite(ConsentSqliteApp app) : ConsentTests<ConsentSqliteApp>(app);

public sealed class ConsentTests_Postgres(ConsentPostgresApp app) : ConsentTests<ConsentPostgresApp>(app);
