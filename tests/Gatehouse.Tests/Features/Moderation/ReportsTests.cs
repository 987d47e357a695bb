using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gatehouse.Server.Infrastructure.Events;
using Gatehouse.Tests.Features.Presence;
using Gatehouse.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;

namespace Gatehouse.Tests.Features.Moderation;

public sealed class ReportsSqliteApp : ModerationSqliteApp
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings =>
        new Dictionary<string, string?>(base.ExtraSettings) { ["Moderation:ReportsPerHour"] = "3" };
}

public sealed class ReportsPostgresApp : ModerationPostgresApp
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings =>
        new Dictionary<string, string?>(base.ExtraSettings) { ["Moderation:ReportsPerHour"] = "3" };
}

/// <summary>Filing reports, the queue's order and SLA, and the workflow of working one.</summary>
public abstract class ReportsTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp, ILiveApp
{
    private static Task<HttpResponseMessage> FileAsync(HttpClient reporter, Guid target, string category, string? description = null, string[]? evidence = null) =>
        reporter.PostAsJsonAsync("/api/v1/reports", new { target_id = target, category, description, evidence });

    [Fact]
    public async Task A_report_takes_its_severity_from_the_category_its_due_time_from_the_sla_and_a_repeat_is_merged()
    {
        var reporter = await app.PersonAsync();
        var target = await app.PersonAsync();
        var report = await (await FileAsync(reporter.Client, target.Id, "harassment", "insults in chat", ["https://example.test/1"]))
            .ShouldBeAsync(HttpStatusCode.Created);
        Assert.Equal("high", report.GetProperty("severity").GetString());
        Assert.Equal(TimeSpan.FromHours(1), report.GetProperty("due_at").GetDateTime() - report.GetProperty("created_at").GetDateTime());
        Assert.Equal("open", report.GetProperty("status").GetString());
        await app.Events().WaitForAsync(DomainEventTypes.ReportCreated, report.GetProperty("id").GetString()!);

        var again = await (await FileAsync(reporter.Client, target.Id, "harassment", "again today", ["https://example.test/2"])).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(report.GetProperty("id").GetGuid(), again.GetProperty("id").GetGuid());
        Assert.Equal(1, again.GetProperty("duplicates").GetInt32());
        Assert.Equal(2, again.GetProperty("evidence").GetArrayLength());
        Assert.Equal("again today", again.GetProperty("notes")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task Bad_reports_are_a_400_naming_the_field_and_a_reporter_is_rate_limited()
    {
        var reporter = await app.PersonAsync();
        var target = await app.PersonAsync();
        async Task<JsonElement> Bad(object body) => await (await reporter.Client.PostAsJsonAsync("/api/v1/reports", body)).ShouldBeAsync(HttpStatusCode.BadRequest);
        Assert.True((await Bad(new { category = "spam" })).GetProperty("errors").TryGetProperty("target_id", out _));
        Assert.True((await Bad(new { target_id = target.Id, category = "rudeness" })).GetProperty("errors").TryGetProperty("category", out _));
        Assert.True((await Bad(new { target_id = reporter.Id, category = "spam" })).GetProperty("errors").TryGetProperty("target_id", out _));
        Assert.True((await Bad(new { target_id = Guid.NewGuid(), category = "spam" })).GetProperty("errors").TryGetProperty("target_id", out _));
        Assert.True((await Bad(new { target_id = target.Id, category = "spam", evidence = new[] { "data:text/html,x" } })).GetProperty("errors").TryGetProperty("evidence", out _));
        Assert.True((await Bad(new { target_id = target.Id, category = "spam", description = new string('d', 2001) })).GetProperty("errors").TryGetProperty("description", out _));

        for (var i = 0; i < 3; i++) await (await FileAsync(reporter.Client, (await app.PersonAsync()).Id, "spam")).ShouldBeAsync(HttpStatusCode.Created);
        var limited = await (await FileAsync(reporter.Client, target.Id, "spam")).ShouldBeAsync(HttpStatusCode.TooManyRequests);
        Assert.Equal("rate-limited", limited.ProblemType());
    }

    [Fact]
    public async Task Moderators_following_the_reports_topic_see_new_reports_at_once_and_members_may_not_follow_it()
    {
        var moderator = await app.PersonAsync("moderator");
        var reporter = await app.PersonAsync();
        await using var live = LiveClients.Build(app, "/hubs/live", moderator.Token, Microsoft.AspNetCore.Http.Connections.HttpTransportType.WebSockets);
        var received = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        live.On<JsonElement>("events", batch =>
        {
            foreach (var e in batch.GetProperty("events").EnumerateArray())
                if (e.GetProperty("type").GetString() == DomainEventTypes.ReportCreated) received.TrySetResult(e.Clone());
        });
        await live.StartAsync();
        var snapshot = await live.InvokeAsync<JsonElement>("subscribe", "reports", null);
        Assert.Equal("reports", snapshot.GetProperty("topic").GetString());
        Assert.True(snapshot.TryGetProperty("open_count", out _));

        var report = await (await FileAsync(reporter.Client, (await app.PersonAsync()).Id, "spam")).ShouldBeAsync(HttpStatusCode.Created);
        var evt = await received.Task.WaitAsync(LiveClients.Timeout);
        Assert.Equal(report.GetProperty("id").GetString(), evt.GetProperty("aggregate_id").GetString());

        await using var memberLive = LiveClients.Build(app, "/hubs/live", reporter.Token, Microsoft.AspNetCore.Http.Connections.HttpTransportType.WebSockets);
        await memberLive.StartAsync();
        await Assert.ThrowsAsync<Microsoft.AspNetCore.SignalR.HubException>(() => memberLive.InvokeAsync<JsonElement>("subscribe", "reports", null));
    }

    [Fact]
    public async Task The_queue_puts_the_most_urgent_first_and_flags_breached_reports()
    {
        var reporter = await app.PersonAsync();
        var moderator = await app.PersonAsync("moderator");
        var low = await (await FileAsync(reporter.Client, (await app.PersonAsync()).Id, "other")).ShouldBeAsync(HttpStatusCode.Created);
        var critical = await (await FileAsync(reporter.Client, (await app.PersonAsync()).Id, "violence")).ShouldBeAsync(HttpStatusCode.Created);

        var queue = await moderator.Client.GetJsonAsync("/api/v1/reports?limit=200");
        var ids = queue.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("id").GetGuid()).ToList();
        Assert.True(ids.IndexOf(critical.GetProperty("id").GetGuid()) < ids.IndexOf(low.GetProperty("id").GetGuid()));

        app.Clock.Advance(TimeSpan.FromMinutes(16));
        using var signedInAgain = await app.SignedInAsync(moderator.Email, Api.MemberPassword); // access tokens last 15 minutes
        var breached = await signedInAgain.GetJsonAsync("/api/v1/reports?breached=true&severity=critical&limit=200");
        var found = breached.GetProperty("items").EnumerateArray().Single(r => r.GetProperty("id").GetGuid() == critical.GetProperty("id").GetGuid());
        Assert.True(found.GetProperty("breached").GetBoolean());
        Assert.DoesNotContain(breached.GetProperty("items").EnumerateArray(), r => r.GetProperty("id").GetGuid() == low.GetProperty("id").GetGuid());
        Assert.True(breached.GetProperty("breached_count").GetInt32() >= 1);
        Assert.True(breached.GetProperty("open_count").GetInt32() >= 2);

        var page = await signedInAgain.GetJsonAsync("/api/v1/reports?limit=1");
        var next = await signedInAgain.GetJsonAsync($"/api/v1/reports?limit=1&cursor={page.GetProperty("next_cursor").GetString()}");
        Assert.True(page.GetProperty("items")[0].GetProperty("due_at").GetDateTime() <= next.GetProperty("items")[0].GetProperty("due_at").GetDateTime());
        Assert.Equal(HttpStatusCode.BadRequest, (await signedInAgain.GetAsync("/api/v1/reports?status=lost")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await signedInAgain.GetAsync("/api/v1/reports?assignee=someone")).StatusCode);
    }

    [Fact]
    public async Task The_workflow_refuses_invalid_steps_honours_if_match_and_resolves_with_a_linked_sanction()
    {
        var reporter = await app.PersonAsync();
        var target = await app.PersonAsync();
        var moderator = await app.PersonAsync("moderator");
        var report = await (await FileAsync(reporter.Client, target.Id, "cheating")).ShouldBeAsync(HttpStatusCode.Created);
        var url = $"/api/v1/reports/{report.GetProperty("id").GetGuid()}";

        var noResolution = await (await moderator.Client.PatchAsJsonAsync(url, new { status = "resolved" }, null)).ShouldBeAsync(HttpStatusCode.BadRequest);
        Assert.True(noResolution.GetProperty("errors").TryGetProperty("resolution", out _));
        var notAModerator = await (await moderator.Client.PatchAsJsonAsync(url, new { assignee_id = reporter.Id }, null)).ShouldBeAsync(HttpStatusCode.BadRequest);
        Assert.True(notAModerator.GetProperty("errors").TryGetProperty("assignee_id", out _));
        await (await moderator.Client.PatchAsJsonAsync(url, new { status = "assigned" }, null)).ShouldBeAsync(HttpStatusCode.Conflict);

        var assigned = await (await moderator.Client.PatchAsJsonAsync(url, new { assignee_id = moderator.Id, severity = "critical", note = "looking" }, "\"1\""))
            .ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal("assigned", assigned.GetProperty("status").GetString());
        Assert.Equal(TimeSpan.FromMinutes(15), assigned.GetProperty("due_at").GetDateTime() - assigned.GetProperty("created_at").GetDateTime());
        await (await moderator.Client.PatchAsJsonAsync(url, new { note = "stale" }, "\"1\"")).ShouldBeAsync(HttpStatusCode.PreconditionFailed);

        var resolved = await (await moderator.Client.PatchAsJsonAsync(url, new
        {
            status = "resolved",
            resolution = "confirmed by logs",
            sanction = new { kind = "ban", reason = "Cheating confirmed", duration = "P1D" },
        }, "\"2\"")).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal("resolved", resolved.GetProperty("status").GetString());
        var sanctions = await moderator.Client.GetJsonAsync($"/api/v1/users/{target.Id}/sanctions");
        Assert.Equal(report.GetProperty("id").GetGuid(), sanctions.GetProperty("active")[0].GetProperty("report_id").GetGuid());
        Assert.True((await moderator.Client.GetJsonAsync($"/api/v1/users/{target.Id}")).GetProperty("is_banned").GetBoolean());
        await app.Events().WaitForAsync(DomainEventTypes.ReportResolved, report.GetProperty("id").GetString()!);

        var refused = await (await moderator.Client.PatchAsJsonAsync(url, new { status = "assigned" }, null)).ShouldBeAsync(HttpStatusCode.Conflict);
        Assert.Equal("invalid-transition", refused.ProblemType());
        var reopened = await (await moderator.Client.PatchAsJsonAsync(url, new { status = "open" }, null)).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal("open", reopened.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, reopened.GetProperty("resolution").ValueKind);

        // A sanction needs its own permission, and goes only with a resolution.
        var staffer = await app.PersonAsync("staff");
        var bad = await (await moderator.Client.PatchAsJsonAsync(url, new { sanction = new { kind = "warn", reason = "x" } }, null)).ShouldBeAsync(HttpStatusCode.BadRequest);
        Assert.True(bad.GetProperty("errors").TryGetProperty("sanction", out _));
        await (await staffer.Client.PatchAsJsonAsync(url, new { status = "dismissed", resolution = "no" }, null)).ShouldBeAsync(HttpStatusCode.Forbidden);
    }
}

public sealed class ReportsTests_Sqlite(ReportsSqliteApp app) : ReportsTests<ReportsSqliteApp>(app);

public sealed class ReportsTests_Postgres(ReportsPostgresApp app) : ReportsTests<ReportsPostgresApp>(app);
