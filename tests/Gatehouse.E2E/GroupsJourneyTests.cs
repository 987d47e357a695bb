using System.Net.Http.Json;
using Gatehouse.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Gatehouse.E2E;

/// <summary>
/// An admin builds a dynamic group rule on the Rules page, sees its preview, saves it, and watches
/// the member count move live as the engine gives the role, first on save and then after a member changes.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class GroupsJourneyTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("dark", 1280, 800)]
    [InlineData("light", 390, 844)]
    public async Task A_rule_is_previewed_saved_and_members_gain_the_role_live(string theme, int width, int height)
    {
        var suffix = $"{theme}{width}";
        var (role, tag, rule) = ($"regular-{suffix}", $"vip{suffix}", $"vips-{suffix}");
        using var api = await fixture.Server.OwnerApiAsync();
        (await api.PostAsJsonAsync("/api/v1/roles", new { name = role, priority = 15, permissions = Array.Empty<string>() })).EnsureSuccessStatusCode();
        await CreateMemberAsync(api, $"first-{suffix}", tag);

        var page = await fixture.SignedInPageAsync("/groups", width, height, theme);
        try
        {
            await Expect(page.GetByTestId("groups-live")).ToHaveTextAsync("Live");
            await page.GetByRole(AriaRole.Button, new() { Name = "New rule" }).ClickAsync();
            var dialog = page.GetByRole(AriaRole.Dialog);
            await dialog.GetByRole(AriaRole.Textbox, new() { Name = "Name", Exact = true }).FillAsync(rule);
            await dialog.GetByRole(AriaRole.Textbox, new() { Name = "Role", Exact = true }).FillAsync(role);
            await dialog.GetByRole(AriaRole.Textbox, new() { Name = "Tag", Exact = true }).FillAsync(tag);
            await Expect(dialog.GetByTestId("preview-gain")).ToHaveTextAsync("+1");
            await Expect(dialog.GetByTestId("group-preview")).ToContainTextAsync($"first-{suffix}");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Save rule" }).ClickAsync();

            var row = page.GetByTestId($"group-rule-{rule}");
            await Expect(row.GetByTestId("member-count")).ToHaveTextAsync("1");
            // A member who gets the tag now gains the role through an event; the page follows without a reload.
            await CreateMemberAsync(api, $"second-{suffix}", tag);
            await Expect(row.GetByTestId("member-count")).ToHaveTextAsync("2");
            Directory.CreateDirectory(fixture.ScreenshotDirectory);
            await page.ScreenshotAsync(new() { Path = Path.Combine(fixture.ScreenshotDirectory, $"groups-journey-{theme}-{width}.png"), FullPage = true });
        }
        catch
        {
            Directory.CreateDirectory(fixture.ScreenshotDirectory);
            await page.ScreenshotAsync(new() { Path = Path.Combine(fixture.ScreenshotDirectory, $"groups-journey-failed-{theme}-{width}.png"), FullPage = true });
            throw;
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private static async Task CreateMemberAsync(HttpClient api, string username, string tag) =>
        (await api.PostAsJsonAsync("/api/v1/users", new
        {
            username,
            email = $"{username}@example.test",
            display_name = username,
            password = "correct horse battery staple 42",
            tags = new[] { tag },
        })).EnsureSuccessStatusCode();
}
