using System.Text.RegularExpressions;
using Gatehouse.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Gatehouse.E2E;

/// <summary>
/// The prerendered shell (web/src/shell): the page's frame and heading paint from the HTML and the
/// boot script alone, before the app's scripts have run, in the UI's language, without navigation
/// that depends on permissions, under the CSP; and the app's heading then sits where the shell's did.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class PrerenderedShellTests(BrowserFixture fixture)
{
    /// <summary>Every script of the app but the boot script (which shows the shell).</summary>
    [GeneratedRegex(@"/assets/(?!boot-)[^/]+\.js$")]
    private static partial Regex AppScripts();

    [Theory]
    [InlineData("en", "Who's online", "Dashboard")]
    [InlineData("fr", "Qui est en ligne", "Tableau de bord")]
    public async Task Signed_in_page_shows_its_heading_before_the_app_runs_and_the_app_keeps_it_in_place(
        string language, string heading, string dashboard)
    {
        var page = await fixture.SignedInPageAsync("about:blank", language: language);
        var refused = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
                lock (refused) refused.Add(message.Text);
        };
        await page.RouteAsync(AppScripts(), route => route.AbortAsync());
        await page.GotoAsync("/online");

        var shellHeading = page.Locator("[data-gatehouse-shell] h1[elementtiming='page-heading']");
        await Expect(shellHeading).ToHaveTextAsync(heading);
        var nav = page.Locator("[data-gatehouse-shell] nav");
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = dashboard })).ToBeAttachedAsync();
        // Who's online needs presence.read: its own link is not in the shell, though the owner may see it.
        await Expect(nav.Locator("a[href='/online']")).ToHaveCountAsync(0);
        var shellBox = await shellHeading.BoundingBoxAsync();

        await page.UnrouteAllAsync();
        await page.ReloadAsync();
        await Expect(page.Locator("[data-gatehouse-shell]")).ToHaveCountAsync(0);
        var appHeading = page.Locator("h1[elementtiming='page-heading']");
        await Expect(appHeading).ToHaveTextAsync(heading);
        await Expect(page.Locator("nav a[href='/online']")).ToBeVisibleAsync();
        var appBox = await appHeading.BoundingBoxAsync();

        Assert.NotNull(shellBox);
        Assert.NotNull(appBox);
        Assert.Equal((shellBox.X, shellBox.Y, shellBox.Height), (appBox.X, appBox.Y, appBox.Height));
        Assert.Empty(refused);
    }

    [Fact]
    public async Task Sign_in_page_shows_its_form_inert_before_the_app_runs()
    {
        var page = await fixture.NewPageAsync(390, 844, "light");
        await page.RouteAsync(AppScripts(), route => route.AbortAsync());
        await page.GotoAsync("/login");

        var shell = page.Locator("[data-gatehouse-shell][inert]");
        await Expect(shell.Locator("h1")).ToHaveTextAsync("Welcome back!");
        var password = shell.Locator("input[type=password]");
        await Expect(password).ToBeVisibleAsync();
        await Expect(password).ToBeDisabledAsync();
        await Expect(shell.Locator("button[type=submit]")).ToBeDisabledAsync();
        // Typed-in text would be lost when the app replaces the shell: it cannot be focused until then.
        Assert.False(await password.EvaluateAsync<bool>("input => { input.focus(); return document.activeElement === input; }"));
        await Expect(page.Locator("html")).ToHaveAttributeAsync("data-mantine-color-scheme", "light");
    }
}
