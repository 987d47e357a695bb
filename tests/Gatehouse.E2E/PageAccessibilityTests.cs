using Gatehouse.E2E.Infrastructure;
using Microsoft.Playwright;

namespace Gatehouse.E2E;

/// <summary>
/// Every page, in both themes, at desktop and phone widths: no serious or critical axe-core
/// violation, nothing refused by the Content-Security-Policy, and a screenshot kept for review.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PageAccessibilityTests(BrowserFixture fixture)
{
    private static readonly string[] Pages = ["login", "setup", "dashboard", "members", "member-create", "member", "member-permissions", "roles", "role", "role-versions", "audit", "settings", "online",
        "reports", "moderation-log", "member-moderation", "webhooks", "api-keys", "analytics", "alerts", "groups", "member-import",
        "scheduled-reports", "invites", "invite-landing", "member-deleted", "privacy",
        "member-privacy", "system", "backups",
        "role-members", "member-overrides",
        "security", "sso-providers", "member-security", "confirm-email", "login-fr", "security-fr", "sso-providers-fr"];

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var page in Pages)
            data.Add(page);
        return data;
    }

    /// <summary>
    /// How long a look may take to load and settle. The scan checks accessibility, not speed (that is
    /// bench/web's job), and it runs beside the .NET suite on two cores, where a page's forty lazy
    /// chunks and first API calls have taken 20 s; 15 s failed good pages there.
    /// </summary>
    private const float LoadTimeoutMs = 45_000;

    private static readonly string[] Themes = ["dark", "light"];

    /// <summary>The desktop look first, then the phone look of the same page.</summary>
    private static readonly (string Device, int Width, int Height)[] Widths = [("desktop", 1280, 800), ("phone", 390, 844)];

    /// <summary>
    /// One test per page; its two themes are scanned side by side in their own browser contexts,
    /// since much of a scan is spent waiting on the page and the server. Each theme loads the page
    /// once, at desktop width, then narrows the same page to phone width (as a window is resized):
    /// loading it once per look doubled the suite's page loads, its slowest part on two cores.
    /// Every look is scanned even when one fails, and the failure names each look that failed.
    /// </summary>
    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Page_HasNoSeriousAccessibilityViolationsAndNoCspRefusals_InBothThemesAtBothWidths(string name)
    {
        var failed = new System.Collections.Concurrent.ConcurrentBag<string>();
        await Parallel.ForEachAsync(Themes, new ParallelOptions { MaxDegreeOfParallelism = 2 }, async (theme, _) =>
        {
            foreach (var problem in await ScanAsync(name, theme)) failed.Add(problem);
        });
        Assert.True(failed.IsEmpty, string.Join("\n\n", failed));
    }

    /// <summary>The scan itself finds what it should, so a clean page above means a clean page.</summary>
    [Fact]
    public async Task The_scan_reports_the_serious_violations_of_a_page_that_has_them()
    {
        var page = await fixture.Browser.NewPageAsync();
        try
        {
            await page.SetContentAsync("""
                <html lang="en"><title>Bad page</title><main>
                <p style="color:#777;background:#888">Hard to read</p><img src="data:,"><p style="color:#000">Fine</p>
                </main></html>
                """);
            var found = await Axe.SeriousViolationsAsync(page);
            Assert.Equal(2, found.Count);
            Assert.Contains(found, v => v.StartsWith("color-contrast (serious)", StringComparison.Ordinal) && v.Contains("Hard to read", StringComparison.Ordinal));
            Assert.Contains(found, v => v.StartsWith("image-alt (critical)", StringComparison.Ordinal));
            // Inside one element only: the paragraph that reads well.
            Assert.Empty(await Axe.SeriousViolationsAsync(page.Locator("p", new() { HasText = "Fine" })));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>Scans one page in one theme at both widths; returns what is wrong with each look (empty when clean).</summary>
    private async Task<List<string>> ScanAsync(string name, string theme)
    {
        // A "-fr" page is the same page in French (longer words: wrapping and overflow show there first).
        var language = name.EndsWith("-fr", StringComparison.Ordinal) ? "fr" : "en";
        var (path, ready, anonymous) = Target(name.EndsWith("-fr", StringComparison.Ordinal) ? name[..^3] : name);
        var (_, width, height) = Widths[0];
        var page = anonymous
            ? await fixture.NewPageAsync(width, height, theme, language)
            : await fixture.SignedInPageAsync("about:blank", width, height, theme, language: language);
        var refused = new List<string>();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type != "error") return;
            lock (errors) errors.Add(message.Text);
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
                lock (refused) refused.Add(message.Text);
        };
        var traffic = new RequestTrace(page);
        var problems = new List<string>();
        var device = Widths[0].Device;
        try
        {
            await page.GotoAsync(path, new PageGotoOptions { Timeout = LoadTimeoutMs });
            foreach (var look in Widths)
            {
                device = look.Device;
                await page.SetViewportSizeAsync(look.Width, look.Height);
                await Assertions.Expect(page.Locator(ready).First).ToBeVisibleAsync(new() { Timeout = LoadTimeoutMs });
                await Assertions.Expect(page.Locator(".mantine-Loader-root")).ToHaveCountAsync(0, new() { Timeout = LoadTimeoutMs });
                if (await ScanLookAsync(page, $"{name}-{theme}-{device}", refused) is { Count: > 0 } lines)
                    problems.Add($"{name} {theme} {device}:\n" + string.Join("\n", lines));
            }
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            // What the page was still waiting for says whether the server, the network or the app stalled.
            string[] consoleErrors;
            lock (errors) consoleErrors = [.. errors];
            problems.Add($"{name} {theme} {device}: {e.Message}\n{traffic.Describe()}" +
                (consoleErrors.Length == 0 ? "" : "\nConsole errors:\n  " + string.Join("\n  ", consoleErrors.TakeLast(10))));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
        return problems;
    }

    /// <summary>Keeps a screenshot of the look and returns its serious axe violations and CSP refusals.</summary>
    private async Task<List<string>> ScanLookAsync(IPage page, string look, List<string> refused)
    {
        Directory.CreateDirectory(fixture.ScreenshotDirectory);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.ScreenshotDirectory, $"{look}.png"), FullPage = true });
        var serious = await Axe.SeriousViolationsAsync(page);
        string[] refusals;
        lock (refused)
        {
            refusals = [.. refused];
            refused.Clear();
        }
        return [.. serious, .. refusals.Select(r => $"CSP refused: {r}")];
    }

    private (string Path, string Ready, bool Anonymous) Target(string name) => name switch
    {
        "login" => ("/login", "button[type=submit]", true),
        "setup" => ("/setup", "h1", true),
        "dashboard" => ("/", "#per-role", false),
        "members" => ("/members", "[data-testid=members-table] [role=row] >> nth=2", false),
        // A dialog open: its scroll lock injects a style of its own, which the CSP refused until it took the nonce.
        "member-create" => ("/members?new=member", "[role=dialog] input", false),
        "member" => ($"/members/{fixture.SampleMemberId}", "h1:has-text('Ada Lovelace')", false),
        "member-permissions" => ($"/members/{fixture.SampleMemberId}?tab=permissions", "[data-testid='permission-users.read']", false),
        "roles" => ("/roles", "[data-testid=role-list]", false),
        "role" => ($"/roles/{fixture.SampleRoleId}?tab=permissions", "[data-testid='tri-users.read']", false),
        "role-members" => ($"/roles/{fixture.SampleRoleId}?tab=members", "[data-testid=role-members]", false),
        "member-overrides" => ($"/members/{fixture.SampleMemberId}?tab=permissions&overrides=edit", "[data-testid='tri-users.read']", false),
        "role-versions" => ($"/roles/{fixture.SampleRoleId}?tab=versions", "[data-testid=role-versions]", false),
        "audit" => ("/audit", "[data-testid=audit-table]", false),
        "settings" => ("/settings", "#theme-heading", false),
        // The app's total, not the one the boot script may draw into the prerendered shell before it.
        "online" => ("/online", "[data-testid=online-total]:not([data-gatehouse-shell] *)", false),
        "reports" => ("/reports", "[data-testid=report-counts]", false),
        "moderation-log" => ("/moderation-log", "h1:has-text('Moderation log')", false),
        "member-moderation" => ($"/members/{fixture.SampleMemberId}?tab=moderation", "text=Suggested next step", false),
        "webhooks" => ("/webhooks", "h1:has-text('Webhooks')", false),
        "api-keys" => ("/api-keys", "h1:has-text('API keys')", false),
        "analytics" => ("/analytics", "[data-testid=stream-state]:has-text('Live')", false),
        "alerts" => ("/alerts", "[data-testid=alerts-live]:has-text('Live')", false),
        "groups" => ("/groups", "[data-testid=groups-live]:has-text('Live')", false),
        "member-import" => ("/members/import", "[data-testid=import-drop-zone]", false),
        "scheduled-reports" => ("/scheduled-reports", "[data-testid=scheduled-reports-live]:has-text('Live')", false),
        "invites" => ("/invites", $"text={fixture.SampleInviteCode}", false),
        "invite-landing" => ($"/invite/{fixture.SampleInviteCode}", "button[type=submit]", true),
        "member-deleted" => ($"/members/{fixture.DeletedMemberId}", "button:has-text('Restore member')", false),
        "privacy" => ("/privacy", "[data-testid=privacy-register]", false),
        "member-privacy" => ($"/members/{fixture.SampleMemberId}?tab=privacy", "[data-testid=erase-confirm]", false),
        "system" => ("/system", "[data-testid=system-database]:has-text('Healthy')", false),
        "backups" => ("/backups", "[data-testid=backup-schedule]", false),
        "security" => ("/security", "[data-testid=two-factor-state]", false),
        "sso-providers" => ("/security/sso-providers", "[data-testid=sso-provider-example]", false),
        "member-security" => ($"/members/{fixture.SampleMemberId}?tab=security", "h2:has-text('Credentials')", false),
        "confirm-email" => ("/confirm-email#token=example", "button:has-text('Confirm this address')", true),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };
}
