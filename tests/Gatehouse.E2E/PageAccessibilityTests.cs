using Deque.AxeCore.Playwright;
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
    private static readonly string[] Pages = ["login", "setup", "dashboard", "members", "member", "member-permissions", "roles", "role", "role-versions", "audit", "settings", "online",
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

    private static readonly (string Theme, string Device)[] Looks = [("dark", "desktop"), ("dark", "phone"), ("light", "desktop"), ("light", "phone")];

    /// <summary>
    /// One test per page; its four looks (two themes × two widths) are scanned side by side in
    /// their own browser contexts, two at a time, since much of a scan is spent waiting on the page and the server.
    /// Every look is scanned even when one fails, and the failure names each look that failed.
    /// </summary>
    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Page_HasNoSeriousAccessibilityViolationsAndNoCspRefusals_InBothThemesAtBothWidths(string name)
    {
        var failed = new System.Collections.Concurrent.ConcurrentBag<string>();
        // Two at a time: one per core of the 2-core machines this runs on; more only queue up and time out.
        await Parallel.ForEachAsync(Looks, new ParallelOptions { MaxDegreeOfParallelism = 2 }, async (look, _) =>
        {
            if (await ScanAsync(name, look.Theme, look.Device) is { } problem) failed.Add(problem);
        });
        Assert.True(failed.Count == 0, string.Join("\n\n", failed));
    }

    /// <summary>Scans one page in one look; returns what is wrong with it, or null when it is clean.</summary>
    private async Task<string?> ScanAsync(string name, string theme, string device)
    {
        var (width, height) = device == "phone" ? (390, 844) : (1280, 800);
        // A "-fr" page is the same page in French (longer words: wrapping and overflow show there first).
        var language = name.EndsWith("-fr", StringComparison.Ordinal) ? "fr" : "en";
        var (path, ready, anonymous) = Target(name.EndsWith("-fr", StringComparison.Ordinal) ? name[..^3] : name);
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
        try
        {
            await page.GotoAsync(path);
            await Assertions.Expect(page.Locator(ready).First).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator(".mantine-Loader-root")).ToHaveCountAsync(0);
            Directory.CreateDirectory(fixture.ScreenshotDirectory);
            await page.ScreenshotAsync(new PageScreenshotOptions
            {
                Path = Path.Combine(fixture.ScreenshotDirectory, $"{name}-{theme}-{device}.png"),
                FullPage = true,
            });

            var result = await page.RunAxe();
            var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
            var lines = serious.Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Take(4).Select(n => n.Html))}")
                .Concat(refused.Select(r => $"CSP refused: {r}")).ToList();
            return lines.Count == 0 ? null : $"{name} {theme} {device}:\n" + string.Join("\n", lines);
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            // What the page was still waiting for says whether the server, the network or the app stalled.
            string[] consoleErrors;
            lock (errors) consoleErrors = [.. errors];
            return $"{name} {theme} {device}: {e.Message}\n{traffic.Describe()}" +
                (consoleErrors.Length == 0 ? "" : "\nConsole errors:\n  " + string.Join("\n  ", consoleErrors.TakeLast(10)));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private (string Path, string Ready, bool Anonymous) Target(string name) => name switch
    {
        "login" => ("/login", "button[type=submit]", true),
        "setup" => ("/setup", "h1", true),
        "dashboard" => ("/", "#per-role", false),
        "members" => ("/members", "[data-testid=members-table] [role=row] >> nth=2", false),
        "member" => ($"/members/{fixture.SampleMemberId}", "h1:has-text('Ada Lovelace')", false),
        "member-permissions" => ($"/members/{fixture.SampleMemberId}?tab=permissions", "[data-testid='permission-users.read']", false),
        "roles" => ("/roles", "[data-testid=role-list]", false),
        "role" => ($"/roles/{fixture.SampleRoleId}?tab=permissions", "[data-testid='tri-users.read']", false),
        "role-members" => ($"/roles/{fixture.SampleRoleId}?tab=members", "[data-testid=role-members]", false),
        "member-overrides" => ($"/members/{fixture.SampleMemberId}?tab=permissions&overrides=edit", "[data-testid='tri-users.read']", false),
        "role-versions" => ($"/roles/{fixture.SampleRoleId}?tab=versions", "[data-testid=role-versions]", false),
        "audit" => ("/audit", "[data-testid=audit-table]", false),
        "settings" => ("/settings", "#theme-heading", false),
        "online" => ("/online", "[data-testid=online-total]", false),
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
