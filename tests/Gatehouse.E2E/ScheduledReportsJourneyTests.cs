using System.Text;
using System.Text.RegularExpressions;
using Gatehouse.E2E.Infrastructure;
using Microsoft.Playwright;
using MimeKit;
using static Microsoft.Playwright.Assertions;

namespace Gatehouse.E2E;

/// <summary>
/// A report scheduled in the panel: the schedule reads in plain words, the first page is previewed,
/// "run now" mails a PDF to a real SMTP server, and the runs history shows it delivered, live.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ScheduledReportsJourneyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_report_scheduled_in_the_panel_and_run_now_arrives_by_mail_with_its_pdf()
    {
        var recipient = $"board{Guid.NewGuid():N}"[..16] + "@example.test";
        var name = $"Weekly members {Guid.NewGuid():N}"[..22];
        var page = await fixture.SignedInPageAsync("/scheduled-reports");
        try
        {
            await Expect(page.GetByTestId("scheduled-reports-live")).ToHaveTextAsync("Live", new() { Timeout = 30_000 });
            await page.GetByRole(AriaRole.Button, new() { Name = "Schedule a report" }).ClickAsync();
            var builder = page.GetByRole(AriaRole.Dialog, new() { Name = "Schedule a report" });
            await builder.GetByRole(AriaRole.Textbox, new() { Name = "Name", Exact = true }).FillAsync(name);
            await builder.GetByRole(AriaRole.Textbox, new() { Name = "Cron expression" }).FillAsync("0 9 * * 1");
            // In the browser's own time zone by default; the sentence names it.
            await Expect(builder.GetByTestId("schedule-words")).ToHaveTextAsync(new Regex(@"^At 09:00, only on Monday \(.+\)$"));
            await builder.GetByRole(AriaRole.Textbox, new() { Name = "E-mail address" }).FillAsync(recipient);
            // The first page, as the PDF will show it.
            await Expect(builder.GetByTestId("report-preview")).ToContainTextAsync("Members", new() { Timeout = 15_000 });
            await builder.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
            await Expect(page.GetByTestId("webhook-secret")).ToContainTextAsync("whsec_");

            await page.GetByRole(AriaRole.Button, new() { Name = $"Actions for {name}" }).ClickAsync();
            await page.GetByRole(AriaRole.Menuitem, new() { Name = "Run now" }).ClickAsync();
            var run = page.GetByTestId("report-run").First;
            try
            {
                await Expect(run.GetByTestId("run-status")).ToHaveTextAsync("Delivered", new() { Timeout = 30_000 });
            }
            catch (PlaywrightException e)
            {
                throw new InvalidOperationException($"The run was not shown delivered; the server's runs: {await RunsAsync(name)}", e);
            }

            var raw = await fixture.Server.Smtp.MessageToAsync(recipient, "application/pdf");
            var message = MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(raw)));
            var pdf = message.Attachments.OfType<MimePart>().Single();
            Assert.Equal("application/pdf", pdf.ContentType.MimeType);
            Assert.EndsWith("-en.pdf", pdf.FileName, StringComparison.Ordinal);
            using var content = new MemoryStream();
            await pdf.Content!.DecodeToAsync(content);
            Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(content.ToArray(), 0, 5), StringComparison.Ordinal);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>The report's runs and deliveries as the API tells them (attempts, last error), for a failure message.</summary>
    private async Task<string> RunsAsync(string name)
    {
        using var api = await fixture.Server.OwnerApiAsync();
        var reports = await api.GetStringAsync("/api/v1/reports/scheduled");
        var id = Regex.Match(reports, "\"id\":\"([0-9a-f-]{36})\"[^{}]*\"name\":\"" + Regex.Escape(name)).Groups[1].Value;
        return await api.GetStringAsync($"/api/v1/reports/scheduled/{id}/runs");
    }
}
