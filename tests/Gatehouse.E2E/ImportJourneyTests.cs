using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Gatehouse.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Gatehouse.E2E;

/// <summary>
/// An administrator imports a 1,000-row forum export with a few broken e-mails through the wizard:
/// maps the column the server did not recognise, sees the bad rows, leaves them out, commits, follows
/// the progress pushed by the live hub, and finds the new members. Each step is axe-clean.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ImportJourneyTests(BrowserFixture fixture)
{
    private const int Rows = 1000;
    private const int BadEvery = 100;

    private static byte[] ForumExport(string prefix)
    {
        // "contact" is no header the server maps by itself: the admin has to say it holds the e-mail.
        var csv = new StringBuilder("Pseudo,contact,Full name,Team\n");
        for (var i = 1; i <= Rows; i++)
        {
            var email = i % BadEvery == 0 ? $"{prefix}{i}-at-example.test" : $"{prefix}{i}@example.test";
            csv.Append(CultureInfo.InvariantCulture, $"{prefix}{i},{email},\"Member {i}\",blue\n");
        }
        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    private static async Task ExpectAxeCleanAsync(IPage page, string step)
    {
        var serious = await Axe.SeriousViolationsAsync(page);
        Assert.True(serious.Count == 0, step + ": " + string.Join("\n", serious));
    }

    [Fact]
    public async Task An_admin_imports_a_thousand_rows_fixing_the_mapping_leaving_bad_rows_out_and_sees_progress_and_members()
    {
        var prefix = "imp" + Guid.NewGuid().ToString("N")[..6];
        var good = Rows - Rows / BadEvery;
        var page = await fixture.SignedInPageAsync("/members/import");
        var progressFrames = new ConcurrentQueue<string>();
        page.WebSocket += (_, socket) => socket.FrameReceived += (_, frame) =>
        {
            if (frame.Text is { } text && text.Contains("\"topic\":\"imports\"", StringComparison.Ordinal)) progressFrames.Enqueue(text);
        };
        try
        {
            await Expect(page.Locator("[data-testid=import-drop-zone]")).ToBeVisibleAsync();
            await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "forum-export.csv", MimeType = "text/csv", Buffer = ForumExport(prefix) });

            // Mapping: the e-mail column is not recognised; the admin maps it.
            var contact = page.GetByRole(AriaRole.Textbox, new() { Name = "Member field for column contact" });
            await Expect(contact).ToBeVisibleAsync();
            await Expect(contact).ToHaveValueAsync("Leave out");
            await Expect(page.GetByRole(AriaRole.Textbox, new() { Name = "Member field for column Pseudo" })).ToHaveValueAsync("username");
            await ExpectAxeCleanAsync(page, "mapping");
            await contact.ClickAsync();
            await page.GetByRole(AriaRole.Option, new() { Name = "email", Exact = true }).ClickAsync();
            await Expect(contact).ToHaveValueAsync("email");
            await page.GetByRole(AriaRole.Button, new() { Name = "Check every row" }).ClickAsync();

            // Preview: the broken e-mails, each row with its faulty cell outlined; nothing can be imported yet.
            await Expect(page.GetByTestId("import-errors")).ToHaveTextAsync($"{Rows / BadEvery} errors");
            await Expect(page.GetByTestId("import-summary")).ToContainTextAsync($"{good} to create");
            var problems = page.GetByTestId("import-problems");
            await Expect(problems.Locator("td[data-invalid]").First).ToContainTextAsync($"{prefix}{BadEvery}-at-example.test");
            await Expect(problems).ToContainTextAsync("email");
            var commit = page.GetByRole(AriaRole.Button, new() { Name = $"Import {good} members" });
            await Expect(commit).ToBeDisabledAsync();
            await ExpectAxeCleanAsync(page, "preview with errors");

            await page.GetByRole(AriaRole.Button, new() { Name = "Change columns or policy" }).ClickAsync();
            await page.GetByLabel("Leave rows with errors out instead of refusing the import").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Check every row" }).ClickAsync();
            await Expect(commit).ToBeEnabledAsync();

            // Commit: the progress bar shows while the rows are written, fed by the live topic.
            var progressShown = page.WaitForSelectorAsync("[data-testid=import-progress]", new() { State = WaitForSelectorState.Attached, Timeout = 30_000 });
            await commit.ClickAsync();
            await progressShown;
            var result = page.GetByTestId("import-result");
            await Expect(result).ToContainTextAsync($"{good} created", new() { Timeout = 60_000 });
            await Expect(result).ToContainTextAsync($"{Rows / BadEvery} left out");
            Assert.Contains(progressFrames, f => f.Contains("\"phase\":\"writing\"", StringComparison.Ordinal));
            // The last event: every row through the write step (the ones left out included).
            Assert.Contains(progressFrames, f => f.Contains($"\"written\":{Rows},", StringComparison.Ordinal) && f.Contains("\"running\":false", StringComparison.Ordinal));
            await ExpectAxeCleanAsync(page, "result");

            // The members are there; the rows left out are not.
            await result.GetByRole(AriaRole.Link, new() { Name = "See the members" }).ClickAsync();
            await page.GotoAsync($"/members?q={prefix}1@");
            await Expect(page.GetByTestId("members-table")).ToContainTextAsync("Member 1");
            using var api = await fixture.Server.OwnerApiAsync();
            var left = await api.GetFromJsonAsync<JsonElement>($"/api/v1/users?q={prefix}{BadEvery}");
            Assert.Equal(0, left.GetProperty("items").GetArrayLength());
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
