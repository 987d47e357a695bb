using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gatehouse.Server.Features.ScheduledReports.Runs;
using Gatehouse.Tests.Features.Webhooks;
using Gatehouse.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gatehouse.Tests.Features.ScheduledReports;

/// <summary>
/// Runs in a real server on a real database: PDFs read back with PdfPig, CSVs counted, e-mails taken
/// from a real SMTP server, webhooks received by a real HTTP receiver on loopback and their signatures checked.
/// </summary>
public abstract class ReportDeliveryTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp, ILiveApp, IReportsApp
{
    private static async Task<string> TaggedMembersAsync(HttpClient owner, int count)
    {
        var tag = Api.Unique("t");
        for (var i = 0; i < count; i++)
        {
            var name = Api.Unique("rm");
            await (await owner.PostAsJsonAsync("/api/v1/users", new { username = name, email = $"{name}@example.test", display_name = $"Membre {i}", tags = new[] { tag } }))
                .ShouldBeAsync(HttpStatusCode.Created);
        }
        return tag;
    }

    private static object MembersReport(string tag, object[] recipients, string format = "pdf") => new
    {
        name = "Membres actifs",
        kind = "members",
        view = new { tag },
        cron = "0 9 * * 1",
        time_zone = "Europe/Paris",
        format,
        period_days = 7,
        recipients,
    };

    [Fact]
    public async Task Run_now_mails_a_french_pdf_and_posts_a_signed_english_one()
    {
        using var owner = await app.OwnerAsync();
        await using var receiver = await WebhookReceiver.StartAsync();
        var tag = await TaggedMembersAsync(owner, 5);
        var recipient = Api.Unique("board") + "@example.test";
        var created = await (await owner.PostAsJsonAsync("/api/v1/reports/scheduled",
            MembersReport(tag, [ReportsKit.Email(recipient, "fr"), ReportsKit.Webhook(receiver.Url, "en")]))).ShouldBeAsync(HttpStatusCode.Created);
        var id = created.GetProperty("report").GetProperty("id").GetGuid();
        var secret = created.GetProperty("webhook_secret").GetString()!;

        var run = await (await owner.PostAsync($"/api/v1/reports/scheduled/{id}/run", null)).ShouldBeAsync(HttpStatusCode.Created);
        Assert.Equal(["en", "fr"], run.GetProperty("languages").EnumerateArray().Select(l => l.GetString()));

        var (name, type, pdf) = ReportsKit.Attachment(await app.Sink.MessageToAsync(recipient, "application/pdf"));
        Assert.Equal("application/pdf", type);
        Assert.EndsWith("-fr.pdf", name, StringComparison.Ordinal);
        var pages = ReportsKit.PdfPages(pdf);
        Assert.Single(pages);
        Assert.Contains("Les Jardins Partagés", pages[0], StringComparison.Ordinal);
        Assert.Contains("Membres actifs", pages[0], StringComparison.Ordinal);
        Assert.Contains("Période", pages[0], StringComparison.Ordinal);
        Assert.Contains("Page 1 sur 1", pages[0], StringComparison.Ordinal);
        Assert.Contains("Membre 4", pages[0], StringComparison.Ordinal);

        var posted = await receiver.NextAsync();
        Assert.True(StandardWebhooksVerifier.Verify(secret, posted.Id, posted.Timestamp, posted.Body, posted.Signature));
        var body = JsonDocument.Parse(posted.Body).RootElement;
        Assert.Equal("report.generated", body.GetProperty("type").GetString());
        var english = ReportsKit.PdfPages(Convert.FromBase64String(body.GetProperty("content_base64").GetString()!));
        Assert.Contains("Members", english[0], StringComparison.Ordinal);
        Assert.Contains("Page 1 of 1", english[0], StringComparison.Ordinal);

        var delivered = await app.RunReachesAsync(owner, id, "delivered");
        Assert.All(delivered.GetProperty("deliveries").EnumerateArray(), d => Assert.Equal("sent", d.GetProperty("status").GetString()));
        var download = await owner.GetAsync($"/api/v1/reports/scheduled/{id}/runs/{delivered.GetProperty("id").GetGuid()}/file?language=fr");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_long_table_flows_over_pages_with_page_numbers_and_a_note_pointing_to_the_csv()
    {
        using var owner = await app.OwnerAsync();
        var tag = await TaggedMembersAsync(owner, 160);
        var recipient = Api.Unique("pages") + "@example.test";
        var id = (await owner.CreateReportAsync(MembersReport(tag, [ReportsKit.Email(recipient)]))).GetProperty("id").GetGuid();
        await (await owner.PostAsync($"/api/v1/reports/scheduled/{id}/run", null)).ShouldBeAsync(HttpStatusCode.Created);
        var pages = ReportsKit.PdfPages(ReportsKit.Attachment(await app.Sink.MessageToAsync(recipient)).Content);
        Assert.True(pages.Count >= 3, $"{pages.Count} pages");
        Assert.Contains($"Page {pages.Count} of {pages.Count}", pages[^1], StringComparison.Ordinal);
        Assert.All(pages, p => Assert.Contains("Les Jardins Partagés", p, StringComparison.Ordinal));
        // MaxPdfRows is 150 in these tests: the last ten rows are left to the CSV, and the PDF says so.
        Assert.Contains("10 more rows", pages[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_csv_report_holds_every_row_with_headers_in_the_recipients_language()
    {
        using var owner = await app.OwnerAsync();
        var tag = await TaggedMembersAsync(owner, 160);
        var id = (await owner.CreateReportAsync(MembersReport(tag, [ReportsKit.Email(Api.Unique("csv") + "@example.test", "fr")], "csv")))
            .GetProperty("id").GetGuid();
        var run = await (await owner.PostAsync($"/api/v1/reports/scheduled/{id}/run", null)).ShouldBeAsync(HttpStatusCode.Created);
        var file = await owner.GetAsync($"/api/v1/reports/scheduled/{id}/runs/{run.GetProperty("id").GetGuid()}/file");
        Assert.Equal("text/csv", file.Content.Headers.ContentType!.MediaType);
        var lines = (await file.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(161, lines.Length);
        Assert.StartsWith("Identifiant,Nom affiché,E-mail", lines[0], StringComparison.Ordinal);
        Assert.All(lines.Skip(1), l => Assert.Contains(tag, l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_failed_delivery_is_retried_on_schedule_and_the_files_are_deleted_after_thirty_days()
    {
        using var owner = await app.OwnerAsync();
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Status = 503;
        var tag = await TaggedMembersAsync(owner, 1);
        var id = (await owner.CreateReportAsync(MembersReport(tag, [ReportsKit.Webhook(receiver.Url)]))).GetProperty("id").GetGuid();
        await (await owner.PostAsync($"/api/v1/reports/scheduled/{id}/run", null)).ShouldBeAsync(HttpStatusCode.Created);
        await app.PassAsync(); // after the kicked pass: the first attempt is recorded
        var first = (await owner.RunsAsync(id))[0];
        var delivery = first.GetProperty("deliveries")[0];
        Assert.Equal("pending", delivery.GetProperty("status").GetString());
        Assert.Equal(1, delivery.GetProperty("attempts").GetInt32());
        Assert.Contains("503", delivery.GetProperty("last_error").GetString(), StringComparison.Ordinal);

        receiver.Status = 200;
        app.Clock.Advance(TimeSpan.FromSeconds(59));
        await app.PassAsync();
        Assert.Equal(1, (await owner.RunsAsync(id))[0].GetProperty("deliveries")[0].GetProperty("attempts").GetInt32());
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        await app.PassAsync();
        var retried = (await owner.RunsAsync(id))[0];
        Assert.Equal("delivered", retried.GetProperty("status").GetString());
        Assert.Equal(2, retried.GetProperty("deliveries")[0].GetProperty("attempts").GetInt32());
        var (idHeader, _, _, _) = await receiver.NextAsync();
        Assert.StartsWith("msg_", idHeader, StringComparison.Ordinal);

        var runId = retried.GetProperty("id").GetGuid();
        app.Clock.Advance(TimeSpan.FromDays(30));
        using var fresh = await app.OwnerAsync();
        await app.PassAsync();
        // The report ran on its schedule meanwhile: look at the first run by id.
        var pruned = (await fresh.RunsAsync(id)).Single(r => r.GetProperty("id").GetGuid() == runId);
        Assert.False(pruned.GetProperty("downloadable").GetBoolean());
        Assert.Equal(HttpStatusCode.Gone, (await fresh.GetAsync($"/api/v1/reports/scheduled/{id}/runs/{runId}/file")).StatusCode);
    }

    [Fact]
    public async Task A_due_report_runs_once_when_two_workers_pass_at_the_same_moment()
    {
        using var owner = await app.OwnerAsync();
        var tag = await TaggedMembersAsync(owner, 1);
        var created = await owner.CreateReportAsync(MembersReport(tag, [ReportsKit.Email(Api.Unique("once") + "@example.test")]));
        var id = created.GetProperty("id").GetGuid();
        app.Clock.SetUtcNow(created.GetProperty("next_run_at").GetDateTimeOffset());
        // A second worker as another node would have it (its own pass lock), on the same database.
        var other = new ReportWorker(app.Services.GetRequiredService<IServiceScopeFactory>(), app.Clock,
            app.Services.GetRequiredService<ILogger<ReportWorker>>());
        await Task.WhenAll(app.PassAsync(), other.PassAsync(CancellationToken.None), app.PassAsync());
        using var fresh = await app.OwnerAsync();
        var runs = await fresh.RunsAsync(id);
        Assert.Single(runs);
        Assert.Equal("schedule", runs[0].GetProperty("trigger").GetString());
        Assert.Equal(created.GetProperty("next_run_at").GetDateTime(), runs[0].GetProperty("period_to").GetDateTime());
    }
}

public sealed class ReportDeliveryTests_Sqlite(ReportsSqliteApp app) : ReportDeliveryTests<ReportsSqliteApp>(app);

public sealed class ReportDeliveryTests_Postgres(ReportsPostgresApp app) : ReportDeliveryTests<ReportsPostgresApp>(app);
