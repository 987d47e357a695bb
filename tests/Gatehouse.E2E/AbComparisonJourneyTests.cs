using Gatehouse.E2E.Infrastructure;
using Gatehouse.Server.Features.Analytics.Capture;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Gatehouse.E2E;

/// <summary>
/// An admin compares two client versions on the Analytics page: the site's traffic, tagged with the
/// X-Client-Version header, comes back per version with the difference and the verdict of its test.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AbComparisonJourneyTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("dark", 1280, 800)]
    [InlineData("light", 390, 844)]
    public async Task Two_client_versions_are_compared_side_by_side_on_the_analytics_page(string theme, int width, int height)
    {
        var (a, b) = ($"5.{width}.0", $"5.{width}.1");
        using var api = await fixture.Server.OwnerApiAsync();
        foreach (var (version, count) in new[] { (a, 40), (b, 35) })
            for (var i = 0; i < count; i++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/roles");
                request.Headers.Add("X-Client-Version", version);
                (await api.SendAsync(request)).EnsureSuccessStatusCode();
            }
        await fixture.Server.Services.GetRequiredService<RawEventQueue>().WhenDrainedAsync();

        var page = await fixture.SignedInPageAsync("/analytics", width, height, theme);
        try
        {
            var form = page.GetByRole(AriaRole.Form, new() { Name = "Segments to compare" });
            await form.GetByRole(AriaRole.Textbox, new() { Name = "Segment A", Exact = true }).FillAsync(a);
            await form.GetByRole(AriaRole.Textbox, new() { Name = "Segment B", Exact = true }).FillAsync(b);
            await form.GetByRole(AriaRole.Button, new() { Name = "Compare" }).ClickAsync();

            var table = page.GetByTestId("ab-table");
            await Expect(table.GetByRole(AriaRole.Columnheader, new() { Name = a })).ToBeVisibleAsync();
            var errors = table.GetByRole(AriaRole.Row).Filter(new() { HasText = "Server error rate" });
            await Expect(errors).ToContainTextAsync("0%");
            await Expect(errors).ToContainTextAsync("Could be noise (p = 1)");
            await Expect(table.GetByRole(AriaRole.Row).Filter(new() { HasText = "Mean session length" })).ToContainTextAsync("Too few samples");

            var section = page.Locator("section[aria-labelledby=analytics-ab]");
            Directory.CreateDirectory(fixture.ScreenshotDirectory);
            await section.ScreenshotAsync(new() { Path = Path.Combine(fixture.ScreenshotDirectory, $"analytics-ab-{theme}-{width}.png") });
            var serious = await Axe.SeriousViolationsAsync(section);
            Assert.True(serious.Count == 0, string.Join("\n", serious));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
