using System.Net.Http.Json;
using System.Text.Json;
using Gatehouse.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Gatehouse.E2E;

/// <summary>The everyday tools of issue 17: a role's members edited from the role page, a member's own permission overrides.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AdminToolsJourneyTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("dark", 1280, 800)]
    [InlineData("light", 390, 844)]
    public async Task An_admin_edits_a_roles_members_from_the_role_page(string theme, int width, int height)
    {
        var suffix = $"{theme}{width}";
        using var api = await fixture.Server.OwnerApiAsync();
        var role = await CreateAsync(api, "/api/v1/roles", new { name = $"helpers-{suffix}", priority = 12, permissions = new[] { "users.read" } });
        var keeper = await CreateAsync(api, "/api/v1/users", new { username = $"keeper-{suffix}", email = $"keeper-{suffix}@example.test", display_name = $"Kept Keeper {suffix}", roles = new[] { role } });
        var newcomer = await CreateAsync(api, "/api/v1/users", new { username = $"newcomer-{suffix}", email = $"newcomer-{suffix}@example.test", display_name = $"Nora Newcomer {suffix}" });

        var page = await fixture.SignedInPageAsync($"/roles/{role}", width, height, theme);
        try
        {
            await page.GetByRole(AriaRole.Tab, new() { Name = "Members" }).ClickAsync();
            var list = page.GetByRole(AriaRole.List, new() { Name = $"Members with helpers-{suffix}" });
            await Expect(list.GetByRole(AriaRole.Link, new() { Name = $"Kept Keeper {suffix}" })).ToBeVisibleAsync();
            await Expect(page.GetByTestId("role-members-count")).ToHaveTextAsync("1 member holds this role");

            // Add from the search picker, with the keyboard.
            var picker = page.GetByTestId("role-member-picker");
            await picker.FillAsync($"newcomer-{suffix}");
            await Expect(page.GetByRole(AriaRole.Option, new() { Name = $"Nora Newcomer {suffix}" })).ToBeVisibleAsync();
            await picker.PressAsync("ArrowDown");
            await picker.PressAsync("Enter");
            await Expect(page.GetByText($"Nora Newcomer {suffix} now has helpers-{suffix}.")).ToBeVisibleAsync();
            await Expect(list.GetByRole(AriaRole.Link, new() { Name = $"Nora Newcomer {suffix}" })).ToBeVisibleAsync();
            await Expect(page.GetByTestId("role-members-count")).ToHaveTextAsync("2 members hold this role");

            // Remove the first holder; the server agrees on both.
            await page.GetByRole(AriaRole.Button, new() { Name = $"Take helpers-{suffix} from Kept Keeper {suffix}" }).ClickAsync();
            await Expect(list.GetByRole(AriaRole.Link, new() { Name = $"Kept Keeper {suffix}" })).ToBeHiddenAsync();
            await Expect(page.GetByTestId("role-members-count")).ToHaveTextAsync("1 member holds this role");
            Assert.DoesNotContain(role, await RoleIdsAsync(api, keeper));
            Assert.Contains(role, await RoleIdsAsync(api, newcomer));
            Directory.CreateDirectory(fixture.ScreenshotDirectory);
            await page.ScreenshotAsync(new() { Path = Path.Combine(fixture.ScreenshotDirectory, $"role-members-journey-{theme}-{width}.png"), FullPage = true });
        }
        catch
        {
            Directory.CreateDirectory(fixture.ScreenshotDirectory);
            await page.ScreenshotAsync(new() { Path = Path.Combine(fixture.ScreenshotDirectory, $"role-members-journey-failed-{theme}-{width}.png"), FullPage = true });
            throw;
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task An_admin_denies_a_permission_to_one_member_and_the_explainer_follows()
    {
        using var api = await fixture.Server.OwnerApiAsync();
        var role = await CreateAsync(api, "/api/v1/roles", new { name = "readers-ovr", priority = 11, permissions = new[] { "users.read", "presence.read" } });
        var member = await CreateAsync(api, "/api/v1/users", new { username = "olivia-ovr", email = "olivia-ovr@example.test", display_name = "Olivia Override", roles = new[] { role } });

        var page = await fixture.SignedInPageAsync($"/members/{member}?tab=permissions");
        try
        {
            var row = page.GetByTestId("permission-users.read");
            await Expect(row).ToContainTextAsync("Granted");
            await Expect(row).ToContainTextAsync("readers-ovr");

            await page.GetByRole(AriaRole.Button, new() { Name = "Edit overrides" }).ClickAsync();
            await page.GetByTestId("tri-users.read").Locator("label").Filter(new() { HasText = "Deny" }).ClickAsync();
            await page.GetByTestId("tri-analytics.read").Locator("label").Filter(new() { HasText = "Allow" }).ClickAsync();
            await page.GetByTestId("unsaved-bar").GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
            await Expect(page.GetByText("Overrides saved.")).ToBeVisibleAsync();

            await Expect(row).ToContainTextAsync("Denied on this member directly");
            await Expect(page.GetByTestId("permission-analytics.read")).ToContainTextAsync("Allowed on this member directly");
            await Expect(page.GetByTestId("overrides-denied")).ToHaveTextAsync("1 denied");
            var saved = await api.GetFromJsonAsync<JsonElement>($"/api/v1/users/{member}");
            Assert.Equal(["users.read"], saved.GetProperty("deny_overrides").EnumerateArray().Select(x => x.GetString()));

            // Back to "Not set": the role decides again.
            await page.GetByTestId("tri-users.read").Locator("label").Filter(new() { HasText = "Not set" }).ClickAsync();
            await page.Keyboard.PressAsync("Control+S");
            await Expect(row).ToContainTextAsync("Allowed by the role readers-ovr");
            Directory.CreateDirectory(fixture.ScreenshotDirectory);
            await page.ScreenshotAsync(new() { Path = Path.Combine(fixture.ScreenshotDirectory, "member-overrides-journey.png"), FullPage = true });
        }
        catch
        {
            Directory.CreateDirectory(fixture.ScreenshotDirectory);
            await page.ScreenshotAsync(new() { Path = Path.Combine(fixture.ScreenshotDirectory, "member-overrides-journey-failed.png"), FullPage = true });
            throw;
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private static async Task<string> CreateAsync(HttpClient api, string path, object body)
    {
        var response = await api.PostAsJsonAsync(path, body);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private static async Task<List<string>> RoleIdsAsync(HttpClient api, string member) =>
        [.. (await api.GetFromJsonAsync<JsonElement>($"/api/v1/users/{member}")).GetProperty("roles").EnumerateArray().Select(r => r.GetProperty("id").GetString()!)];
}
