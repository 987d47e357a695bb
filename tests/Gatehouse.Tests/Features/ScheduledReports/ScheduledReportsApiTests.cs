using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gatehouse.Tests.Infrastructure;

namespace Gatehouse.Tests.Features.ScheduledReports;

/// <summary>The scheduled reports API: validation that names the field, routing beside moderation's reports, edits, no-op writes, audit.</summary>
public abstract class ScheduledReportsApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp, ILiveApp, IReportsApp
{
    private static object Members(string name, string cron = "0 9 * * 1", string timeZone = "Europe/Paris") => new
    {
        name,
        kind = "members",
        view = new { state = "active" },
        cron,
        time_zone = timeZone,
        format = "pdf",
        period_days = 7,
        recipients = new[] { ReportsKit.Email("board@example.test", "fr") },
    };

    [Theory]
    [InlineData("cron", "0 9 * *")]
    [InlineData("time_zone", "Europe/Atlantis")]
    public async Task A_bad_schedule_is_a_400_naming_the_field(string field, string value)
    {
        using var owner = await app.OwnerAsync();
        var report = field == "cron" ? Members("x", cron: value) : Members("x", timeZone: value);
        var problem = await (await owner.PostAsJsonAsync("/api/v1/reports/scheduled", report)).ShouldBeAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task Bad_views_and_recipients_are_400s_naming_what_is_wrong()
    {
        using var owner = await app.OwnerAsync();
        var problem = await (await owner.PostAsJsonAsync("/api/v1/reports/scheduled", new
        {
            name = "Traffic",
            kind = "analytics",
            view = new { metrics = new[] { "requests", "bogus_metric" }, role = "admin" },
            cron = "0 9 * * 1",
            recipients = new object[] { ReportsKit.Email("not-an-address"), new { kind = "webhook", address = "http://10.0.0.5/hook", language = "en" } },
        })).ShouldBeAsync(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.Contains("bogus_metric", errors.GetProperty("view.metrics")[0].GetString(), StringComparison.Ordinal);
        Assert.True(errors.TryGetProperty("view.role", out _));
        var recipients = errors.GetProperty("recipients").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains(recipients, r => r!.Contains("not-an-address", StringComparison.Ordinal));
        Assert.Equal(2, recipients.Count);
        Assert.DoesNotContain((await owner.GetJsonAsync("/api/v1/reports/scheduled")).GetProperty("items").EnumerateArray(),
            r => r.GetProperty("name").GetString() == "Traffic");
    }

    [Fact]
    public async Task Scheduled_routes_live_beside_the_moderation_report_queue_without_taking_its_place()
    {
        using var owner = await app.OwnerAsync();
        var name = Api.Unique("Weekly members");
        var created = await owner.CreateReportAsync(Members(name));
        var id = created.GetProperty("id").GetGuid();
        var list = await owner.GetJsonAsync("/api/v1/reports/scheduled");
        Assert.Contains(list.GetProperty("items").EnumerateArray(), r => r.GetProperty("id").GetGuid() == id);
        // Moderation's queue still answers at /api/v1/reports, and its PATCH /reports/{id} is not ours.
        var queue = await owner.GetJsonAsync("/api/v1/reports");
        Assert.True(queue.TryGetProperty("items", out _));
        var moderation = await owner.PatchAsJsonAsync($"/api/v1/reports/{id}", new { status = "resolved" });
        Assert.True(moderation.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.NotFound, $"{moderation.StatusCode}");
        Assert.Equal(created.GetProperty("version").GetInt32(), (await owner.GetJsonAsync($"/api/v1/reports/scheduled/{id}")).GetProperty("version").GetInt32());
        Assert.Equal(id, (await owner.GetJsonAsync($"/api/v1/reports/scheduled/{id}")).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task A_report_is_edited_with_if_match_a_no_op_edit_changes_nothing_and_every_change_is_audited()
    {
        using var owner = await app.OwnerAsync();
        var created = await owner.CreateReportAsync(Members(Api.Unique("Audited")));
        var id = created.GetProperty("id").GetGuid();
        var next = created.GetProperty("next_run_at").GetDateTime();
        // Next Monday at 09:00 in Paris, worked out independently of Cronos.
        var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        var local = TimeZoneInfo.ConvertTimeFromUtc(app.Clock.GetUtcNow().UtcDateTime, paris);
        var day = local.Date.AddDays(((int)DayOfWeek.Monday - (int)local.DayOfWeek + 7) % 7);
        if (day.AddHours(9) <= local) day = day.AddDays(7);
        Assert.Equal(TimeZoneInfo.ConvertTimeToUtc(day.AddHours(9), paris), next.ToUniversalTime());

        using var stale = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/reports/scheduled/{id}") { Content = JsonContent.Create(new { name = "x" }) };
        stale.Headers.TryAddWithoutValidation("If-Match", "\"7\"");
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await owner.SendAsync(stale)).StatusCode);

        var same = await (await owner.PatchAsJsonAsync($"/api/v1/reports/scheduled/{id}", new { cron = "0 9 * * 1" })).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(1, same.GetProperty("version").GetInt32());
        var edited = await (await owner.PatchAsJsonAsync($"/api/v1/reports/scheduled/{id}", new { enabled = false })).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(2, edited.GetProperty("version").GetInt32());
        Assert.Equal(JsonValueKind.Null, edited.GetProperty("next_run_at").ValueKind);

        Assert.Equal(HttpStatusCode.NoContent, (await owner.DeleteAsync($"/api/v1/reports/scheduled/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await owner.GetAsync($"/api/v1/reports/scheduled/{id}")).StatusCode);
        var actions = (await owner.GetJsonAsync($"/api/v1/audit?target_type=scheduled_report&target_id={id}")).GetProperty("items").EnumerateArray()
            .Select(e => e.GetProperty("action").GetString()).ToList();
        Assert.Equal(["scheduled_report.created", "scheduled_report.deleted", "scheduled_report.updated"], actions.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_preview_shows_the_first_page_content_in_the_chosen_language_and_saves_nothing()
    {
        using var owner = await app.OwnerAsync();
        var tag = Api.Unique("preview");
        for (var i = 0; i < 3; i++)
            await (await owner.PostAsJsonAsync("/api/v1/users", new { username = Api.Unique("pv"), email = $"{Api.Unique("pv")}@example.test", tags = new[] { tag } }))
                .ShouldBeAsync(HttpStatusCode.Created);
        var draft = new
        {
            name = "Aperçu",
            kind = "members",
            view = new { tag },
            cron = "0 9 * * 1",
            time_zone = "Europe/Paris",
            recipients = new[] { ReportsKit.Email("a@example.test") },
        };
        var preview = await (await owner.PostAsJsonAsync("/api/v1/reports/scheduled/preview", new { report = draft, language = "fr" }))
            .ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal("Membres", preview.GetProperty("title").GetString());
        Assert.Equal("Les Jardins Partagés", preview.GetProperty("community").GetString());
        Assert.Equal(3, preview.GetProperty("table").GetProperty("total_rows").GetInt64());
        Assert.Equal("Identifiant", preview.GetProperty("table").GetProperty("columns")[0].GetString());
        Assert.Equal(3.0, preview.GetProperty("charts")[0].GetProperty("values")[0].GetDouble());
        Assert.DoesNotContain((await owner.GetJsonAsync("/api/v1/reports/scheduled")).GetProperty("items").EnumerateArray(),
            r => r.GetProperty("name").GetString() == "Aperçu");
    }
}

public sealed class ScheduledReportsApiTests_Sqlite(ReportsSqliteApp app) : ScheduledReportsApiTests<ReportsSqliteApp>(app);

public sealed class ScheduledReportsApiTests_Postgres(ReportsPostgresApp app) : ScheduledReportsApiTests<ReportsPostgresApp>(app);
