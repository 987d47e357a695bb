using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Gatehouse.E2E.Infrastructure;

/// <summary>
/// One server and one Debian Chromium for the whole E2E run (starting either is the slow part).
/// Playwright never downloads a browser here: it drives /usr/bin/chromium.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public GatehouseServer Server { get; } = new();
    public SampleSiteServer SampleSite { get; } = new();
    public IPlaywright Playwright { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>A member and a role created up front so every page has something to show.</summary>
    public string SampleMemberId { get; private set; } = "";
    public string SampleRoleId { get; private set; } = "";
    public string SampleInviteCode { get; private set; } = "";
    /// <summary>A member who left (soft-deleted): their profile shows the restore action.</summary>
    public string DeletedMemberId { get; private set; } = "";

    public string ScreenshotDirectory { get; } =
        Environment.GetEnvironmentVariable("GATEHOUSE_SCREENSHOTS") is { Length: > 0 } dir ? dir : Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        Server.Start();
        // The suite runs beside the .NET suite on two cores; Playwright's 5 s default for web-first
        // assertions is shorter than a busy machine's first render of a lazily loaded page.
        Assertions.SetDefaultExpectTimeout(15_000);
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        await SeedAsync();
        await SampleSite.StartAsync(Server);
    }

    private async Task SeedAsync()
    {
        using var api = await Server.OwnerApiAsync();
        var role = await api.PostAsJsonAsync("/api/v1/roles", new
        {
            name = "event-host",
            description = "Runs community events.",
            color = "#e67e22",
            priority = 20,
            permissions = new[] { "users.read", "presence.read" },
            hoist = true,
        });
        role.EnsureSuccessStatusCode();
        SampleRoleId = (await role.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var member = await api.PostAsJsonAsync("/api/v1/users", new
        {
            username = "ada",
            email = "ada@example.com",
            display_name = "Ada Lovelace",
            roles = new[] { "moderator", "event-host" },
            tags = new[] { "beta", "fr" },
        });
        member.EnsureSuccessStatusCode();
        SampleMemberId = (await member.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var invite = await api.PostAsJsonAsync("/api/v1/invites", new { roles = new[] { "event-host" }, max_uses = 10, note = "Forum announcement" });
        invite.EnsureSuccessStatusCode();
        SampleInviteCode = (await invite.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;
        await SeedMemberWhoLeftAsync(api);
        // A sign-on provider, so the sign-in page shows its button and its admin page has a row to scan (nobody follows the button).
        (await api.PutAsJsonAsync("/api/v1/sso/providers/example", new
        {
            display_name = "Example ID",
            issuer = "https://idp.example.test",
            client_id = "gatehouse",
            client_secret = "example-secret",
        })).EnsureSuccessStatusCode();
        foreach (var name in new[] { "grace", "linus", "margaret" })
        {
            var created = await api.PostAsJsonAsync("/api/v1/users", new { username = name, email = $"{name}@example.com", roles = new[] { "member" } });
            created.EnsureSuccessStatusCode();
            if (name != "grace") continue;
            // Something in the report queue and the moderation log (their pages are scanned too).
            var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
            (await api.PostAsJsonAsync("/api/v1/reports", new { target_id = id, category = "spam", description = "Links in every message" })).EnsureSuccessStatusCode();
            (await api.PostAsJsonAsync($"/api/v1/users/{id}/warn", new { reason = "Please stop posting links" })).EnsureSuccessStatusCode();
        }
    }

    private async Task SeedMemberWhoLeftAsync(HttpClient api)
    {
        const string password = "Cobol-Compiler-1959!";
        var created = await api.PostAsJsonAsync("/api/v1/users", new { username = "hopper", email = "hopper@example.com", display_name = "Grace Hopper", password });
        created.EnsureSuccessStatusCode();
        DeletedMemberId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        using var member = new HttpClient { BaseAddress = Server.BaseAddress };
        var login = await member.PostAsJsonAsync("/api/v1/auth/login", new { email = "hopper@example.com", password, refresh_in_body = true });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString();
        member.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        (await member.PostAsync("/api/v1/me/leave", null)).EnsureSuccessStatusCode();
    }

    /// <summary>A fresh browser context (own cookies and storage) at the given size and theme.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 800, string theme = "dark", string language = "en")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Server.BaseAddress.ToString().TrimEnd('/'),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = language == "fr" ? "fr-FR" : "en-US",
            ReducedMotion = ReducedMotion.Reduce,
        });
        // Mantine reads the remembered colour scheme from this key before the first paint.
        await context.AddInitScriptAsync($"window.localStorage.setItem('gatehouse.color-scheme', '{theme}');");
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    /// <summary>Signs the page's context in through the API (the refresh cookie lands in the context), then opens the path.</summary>
    /// <param name="email">Who signs in (default: the owner), with <paramref name="password"/>.</param>
    public async Task<IPage> SignedInPageAsync(string path, int width = 1280, int height = 800, string theme = "dark",
        string? email = null, string? password = null, string language = "en")
    {
        var page = await NewPageAsync(width, height, theme, language);
        var response = await page.Context.APIRequest.PostAsync("/api/v1/auth/login", new APIRequestContextOptions
        {
            DataObject = new { email = email ?? GatehouseServer.OwnerEmail, password = password ?? GatehouseServer.OwnerPassword },
        });
        if (!response.Ok) throw new InvalidOperationException($"Sign-in failed: {response.Status}");
        await page.GotoAsync(path);
        return page;
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        Playwright.Dispose();
        await SampleSite.DisposeAsync();
        await Server.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
