using System.Diagnostics;
using Gatehouse.E2E.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Gatehouse.E2E;

/// <summary>
/// Site integration end to end: a user signs in to the sample site with the site's own password
/// (no Gatehouse password exists for them), the site's back end mints a connection token with the
/// .NET client, and the panel shows them online; they change status on the site; the owner bans
/// them from the panel; the site's page shows the sanction and is disconnected.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SiteIntegrationTests(BrowserFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task A_site_user_signs_in_on_the_site_appears_online_changes_status_and_is_banned_from_the_panel()
    {
        var panel = await fixture.SignedInPageAsync("/online");
        var siteContext = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = SampleSiteServer.Origin.ToString().TrimEnd('/') });
        siteContext.SetDefaultTimeout(15_000);
        var site = await siteContext.NewPageAsync();
        try
        {
            await Expect(panel.GetByTestId("online-total")).ToBeVisibleAsync();
            // The first sign-in of a run pays one-time costs (JIT of the token path, first member
            // creation, the client's pipeline); another user goes first so the measure below is the steady one.
            var warm = await SignInAsync(siteContext, "carol");
            output.WriteLine($"first (cold) site sign-in click → page connected: {warm.TotalMilliseconds:F0} ms");

            var row = panel.Locator("[data-testid=online-member]").Filter(new() { HasText = "Alice Martin" });
            await Expect(row).ToHaveCountAsync(0);

            // The site's own sign-in: login and password that only the site knows.
            await site.GotoAsync("/");
            await site.GetByLabel("Login").FillAsync("alice");
            await site.GetByLabel("Password").FillAsync(SampleSite.SiteAccounts.SeedPassword);
            // Both ends are timed inside the browser (one wall clock for both pages): the click in the
            // site's page, and the moment the panel's DOM shows the member online. Timing the
            // assertion instead would add Playwright's polling interval (up to a second) to the figure.
            await site.EvaluateAsync("() => document.addEventListener('click', () => sessionStorage.setItem('clickAt', String(Date.now())), { capture: true })");
            await panel.EvaluateAsync(WatchForOnlineScript, "Alice Martin");
            await site.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            await Expect(row).ToHaveAttributeAsync("data-presence", "online", new() { Timeout = 15_000 });
            await Expect(site.Locator("#state")).ToHaveTextAsync("connected");
            var clickAt = double.Parse(await site.EvaluateAsync<string>("() => sessionStorage.getItem('clickAt')"), System.Globalization.CultureInfo.InvariantCulture);
            var onlineAt = await panel.EvaluateAsync<double>("() => window.__onlineAt");
            var signInToOnline = TimeSpan.FromMilliseconds(onlineAt - clickAt);
            output.WriteLine($"site sign-in click → online in the panel: {signInToOnline.TotalMilliseconds:F0} ms");
            // The target is under a second (measured and reported); the bound only catches a broken path on a loaded shared machine.
            Assert.True(signInToOnline < TimeSpan.FromSeconds(10), $"online after {signInToOnline.TotalMilliseconds:F0} ms");

            // Status from the site's page: the panel follows.
            await site.GetByRole(AriaRole.Button, new() { Name = "Do not disturb" }).ClickAsync();
            await Expect(site.Locator("#status")).ToHaveTextAsync("dnd");
            await Expect(row).ToHaveAttributeAsync("data-presence", "dnd");

            // The owner bans the member from their profile in the panel.
            var memberId = await row.GetAttributeAsync("data-user-id");
            await panel.GotoAsync($"/members/{memberId}?tab=moderation");
            await panel.GetByRole(AriaRole.Textbox, new() { Name = "Action" }).ClickAsync();
            await panel.GetByRole(AriaRole.Option, new() { Name = "Ban" }).ClickAsync();
            await panel.GetByLabel("Reason (the member sees it)").FillAsync("Spamming the site chat");
            await panel.GetByRole(AriaRole.Button, new() { Name = "Ban this member" }).ClickAsync();

            // The site's page shows the sanction and is disconnected.
            await Expect(site.Locator("#sanction")).ToContainTextAsync("Spamming the site chat");
            await Expect(site.Locator("#sanction")).ToContainTextAsync("banned");
            await Expect(site.Locator("#state")).ToHaveTextAsync("disconnected");
        }
        finally
        {
            await siteContext.CloseAsync();
            await panel.Context.CloseAsync();
        }
    }

    /// <summary>Records in <c>window.__onlineAt</c> the first moment the named member's row reads online.</summary>
    private const string WatchForOnlineScript = """
        name => {
          window.__onlineAt = 0;
          const check = () => {
            if (window.__onlineAt) return;
            for (const row of document.querySelectorAll('[data-testid=online-member]'))
              if (row.textContent.includes(name) && row.getAttribute('data-presence') === 'online') window.__onlineAt = Date.now();
          };
          new MutationObserver(check).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-presence'] });
        }
        """;

    /// <summary>Signs a site user in, in a page of its own, and waits until their page is connected; returns how long that took.</summary>
    private static async Task<TimeSpan> SignInAsync(IBrowserContext siteContext, string login)
    {
        var context = await siteContext.Browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = SampleSiteServer.Origin.ToString().TrimEnd('/') });
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync("/");
            await page.GetByLabel("Login").FillAsync(login);
            await page.GetByLabel("Password").FillAsync(SampleSite.SiteAccounts.SeedPassword);
            var clock = Stopwatch.StartNew();
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            await Expect(page.Locator("#state")).ToHaveTextAsync("connected", new() { Timeout = 30_000 });
            return clock.Elapsed;
        }
        finally
        {
            await context.CloseAsync();
        }
    }
}
