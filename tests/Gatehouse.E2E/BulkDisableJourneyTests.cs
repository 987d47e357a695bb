using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Gatehouse.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Gatehouse.E2E;

/// <summary>
/// Issue 17's bulk action: an admin filters the members list, selects every match (more than one page
/// loaded), reads the server's dry-run summary, gives a reason, confirms, sees the batch in progress and
/// then every match disabled, including the ones never loaded on screen.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BulkDisableJourneyTests(BrowserFixture fixture)
{
    private const int Matches = 130; // more than a page of the list (100)

    [Fact]
    public async Task An_admin_disables_every_match_of_a_filter_after_a_summary_and_sees_the_progress()
    {
        var tag = "bulk" + Guid.NewGuid().ToString("N")[..8];
        using var api = await fixture.Server.OwnerApiAsync();
        await ImportTaggedAsync(api, tag);
        // One member already disabled: the summary says it is left as it is.
        var already = (await api.GetFromJsonAsync<JsonElement>($"/api/v1/users?tag={tag}&limit=1")).GetProperty("items")[0].GetProperty("id").GetString();
        (await api.PostAsJsonAsync($"/api/v1/users/{already}/disable", new { reason = "earlier" })).EnsureSuccessStatusCode();

        var page = await fixture.SignedInPageAsync($"/members?tag={tag}");
        try
        {
            await Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "Select every loaded member" })).ToBeEnabledAsync();
            await page.GetByRole(AriaRole.Checkbox, new() { Name = "Select every loaded member" }).CheckAsync();
            await Expect(page.GetByTestId("bulk-count")).ToHaveTextAsync("100 selected");
            await page.GetByRole(AriaRole.Button, new() { Name = $"Select all {Matches} matches" }).ClickAsync();
            await Expect(page.GetByTestId("bulk-count")).ToHaveTextAsync($"All {Matches} matches are selected");

            await page.GetByTestId("bulk-bar").GetByRole(AriaRole.Button, new() { Name = "Disable", Exact = true }).ClickAsync();
            var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = $"Disable {Matches - 1} members?" });
            await Expect(dialog).ToBeVisibleAsync();
            await Expect(dialog.GetByTestId("batch-summary")).ToContainTextAsync($"{Matches} members selected.");
            await Expect(dialog.GetByTestId("batch-summary")).ToContainTextAsync("1 is already in that state and is left as is.");
            await dialog.GetByLabel("Reason (optional, shown to them at sign-in)").FillAsync("Spam wave of the weekend");

            // The batch is held at the network until its progress has been seen, then let through.
            var release = new TaskCompletionSource();
            await page.RouteAsync("**/api/v1/users/batch", async route =>
            {
                if (route.Request.Method == "POST" && !(route.Request.PostData ?? "").Contains("\"dry_run\":true", StringComparison.Ordinal))
                    await release.Task;
                await route.ContinueAsync();
            });
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Disable", Exact = true }).ClickAsync();
            await Expect(page.GetByTestId("batch-progress")).ToBeVisibleAsync();
            await Expect(page.GetByText($"Disabling {Matches - 1} members…")).ToBeVisibleAsync();
            release.SetResult();
            await Expect(page.GetByText($"{Matches - 1} members changed.")).ToBeVisibleAsync();
            await Expect(page.GetByTestId("batch-progress")).ToBeHiddenAsync();

            // Every match is disabled, the ones never loaded on screen too.
            var disabled = await api.GetFromJsonAsync<JsonElement>($"/api/v1/users?tag={tag}&disabled=true&limit=200&include_total=true");
            Assert.Equal(Matches, disabled.GetProperty("items").GetArrayLength());
            var audit = await api.GetFromJsonAsync<JsonElement>("/api/v1/audit?action=user.disabled&limit=200");
            Assert.True(audit.GetProperty("items").GetArrayLength() >= Matches - 1);
            Directory.CreateDirectory(fixture.ScreenshotDirectory);
            await page.ScreenshotAsync(new() { Path = Path.Combine(fixture.ScreenshotDirectory, "bulk-disable-journey.png"), FullPage = true });
        }
        catch
        {
            Directory.CreateDirectory(fixture.ScreenshotDirectory);
            await page.ScreenshotAsync(new() { Path = Path.Combine(fixture.ScreenshotDirectory, "bulk-disable-journey-failed.png"), FullPage = true });
            throw;
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>The members to act on, made in one import (upload, then commit) rather than 130 requests.</summary>
    private static async Task ImportTaggedAsync(HttpClient api, string tag)
    {
        var csv = new StringBuilder("username,email,display_name,tags\n");
        for (var i = 1; i <= Matches; i++) csv.Append(FormattableString.Invariant($"{tag}m{i},{tag}m{i}@example.test,Bulk {tag} {i},{tag}\n"));
        using var body = new ByteArrayContent(Encoding.UTF8.GetBytes(csv.ToString()));
        body.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var uploaded = await api.PostAsync("/api/v1/users/import?file_name=bulk.csv", body);
        uploaded.EnsureSuccessStatusCode();
        var id = (await uploaded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        (await api.PostAsync($"/api/v1/users/import/{id}/commit", null)).EnsureSuccessStatusCode();
    }
}
