using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Gatehouse.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Gatehouse.E2E;

/// <summary>
/// Presence end to end: a member signs in on the SDK example page (served by the server at
/// /sdk/example/), and the owner's panel, in another browser context, shows them live over the
/// /hubs/live SignalR connection: online, then do-not-disturb, then offline after the grace period.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class LivePresenceTests(BrowserFixture fixture)
{
    private const string MemberPassword = "Member-Passw0rd!2026";

    [Fact]
    public async Task Member_signing_in_on_the_SDK_example_shows_online_then_dnd_then_offline_in_the_panel()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var username = $"live{suffix}";
        var email = $"{username}@example.com";
        const string displayName = "Live Tester";
        var memberId = await CreateMemberAsync(new
        {
            username,
            email,
            display_name = displayName,
            password = MemberPassword,
            roles = new[] { "event-host" },
        });

        var panel = await fixture.SignedInPageAsync("/online");
        var site = await fixture.NewPageAsync();
        try
        {
            // The panel is live before the member shows up: the list is empty of them, the total is shown.
            await Expect(panel.GetByTestId("online-total")).ToBeVisibleAsync();
            var row = panel.Locator($"[data-testid=online-member][data-user-id='{memberId}']");
            await Expect(row).ToHaveCountAsync(0);

            // The member signs in on the site (the SDK example page) and connects.
            await ConnectOnSiteAsync(site, email);

            // Who's online: the member appears under their hoisted role, online, with their name.
            await Expect(row).ToHaveAttributeAsync("data-presence", "online");
            await Expect(row).ToContainTextAsync(displayName);
            await Expect(panel.Locator("[data-testid=online-group][data-group]").Filter(new() { Has = row }))
                .ToContainTextAsync("event-host", new() { IgnoreCase = true });

            // Searching the online list finds them by name, and a search matching nobody says so.
            var search = panel.GetByRole(AriaRole.Textbox, new() { Name = "Search online members" });
            await search.FillAsync(username.ToUpperInvariant());
            await Expect(row).ToBeVisibleAsync();
            await Expect(panel.GetByTestId("online-matching")).ToContainTextAsync("match");
            await search.FillAsync("no-such-member-" + suffix);
            await Expect(row).ToHaveCountAsync(0);
            await panel.GetByRole(AriaRole.Button, new() { Name = "Clear the search" }).ClickAsync();
            await Expect(row).ToBeVisibleAsync();

            // Do not disturb on the site: the panel follows, without a reload.
            await site.GetByRole(AriaRole.Button, new() { Name = "Do not disturb" }).ClickAsync();
            await Expect(site.Locator("#status")).ToHaveTextAsync("dnd");
            await Expect(row).ToHaveAttributeAsync("data-presence", "dnd");
            await Expect(row.GetByRole(AriaRole.Img, new() { Name = "Do not disturb" })).ToBeVisibleAsync();

            // The dashboard (reached in-app, so the live store carries over) counts them and logs the change.
            var nav = panel.GetByRole(AriaRole.Navigation, new() { Name = "Main navigation" });
            await nav.GetByRole(AriaRole.Link, new() { Name = "Dashboard" }).ClickAsync();
            await Expect(panel.GetByTestId("online-now-count")).ToBeVisibleAsync();
            // Looked for by its text, not as the newest line: another test's member going offline on the same server
            // may log a line after it (seen once in CI: "Early Bird went offline" on top).
            await Expect(panel.GetByTestId("presence-feed-item").Filter(new() { HasText = $"{displayName} is now Do not disturb" })).ToBeVisibleAsync();

            // The profile shows it live too, then the member going offline once the site's tab is
            // closed and the (2 s) grace period has passed — without a reload.
            await panel.GotoAsync($"/members/{memberId}");
            await Expect(panel.GetByTestId("member-presence")).ToHaveAttributeAsync("data-presence", "dnd");
            await Expect(panel.GetByTestId("member-presence")).ToContainTextAsync("Do not disturb");
            // "Last seen" agrees with the live status (defect 8: it said "never" or "23 days ago").
            await Expect(panel.GetByTestId("last-seen")).ToHaveTextAsync("now");
            await site.Context.CloseAsync();
            await Expect(panel.GetByTestId("member-presence")).ToHaveAttributeAsync("data-presence", "offline");
            await Expect(panel.GetByTestId("last-seen").Locator("time")).ToHaveAttributeAsync("datetime", new Regex("^20"));
            await Expect(panel.GetByTestId("last-seen")).Not.ToHaveTextAsync("never");

            // Who's online no longer lists them; the live connection is healthy (no banner).
            await nav.GetByRole(AriaRole.Link, new() { Name = "Who's online" }).ClickAsync();
            await Expect(panel.GetByTestId("online-total")).ToBeVisibleAsync();
            await Expect(row).ToHaveCountAsync(0);
            await Expect(panel.GetByTestId("live-banner")).ToHaveAttributeAsync("data-state", "connected");
            await Expect(panel.GetByTestId("live-banner")).ToBeEmptyAsync();
        }
        finally
        {
            await panel.Context.CloseAsync();
            await site.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Who_is_online_opened_cold_is_named_from_the_early_snapshot_before_its_socket_is_up()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var email = $"early{suffix}@example.com";
        const string displayName = "Early Bird";
        var memberId = await CreateMemberAsync(new { username = $"early{suffix}", email, display_name = displayName, password = MemberPassword });
        var site = await fixture.NewPageAsync();
        var panel = await fixture.NewPageAsync();
        try
        {
            await ConnectOnSiteAsync(site, email);

            // The panel's live socket opens but is never answered, and negotiating is refused: the
            // only way the list can fill is the HTTP snapshot public/boot.js asks for with the session.
            await panel.RouteWebSocketAsync(new Regex("/hubs/live"), _ => { });
            await panel.RouteAsync("**/hubs/live/negotiate**", route => route.AbortAsync());
            var login = await panel.Context.APIRequest.PostAsync("/api/v1/auth/login", new APIRequestContextOptions
            {
                DataObject = new { email = GatehouseServer.OwnerEmail, password = GatehouseServer.OwnerPassword },
            });
            Assert.True(login.Ok, $"sign-in: {login.Status}");
            await panel.GotoAsync("/online");

            var row = panel.Locator($"[data-testid=online-member][data-user-id='{memberId}']");
            await Expect(row).ToHaveAttributeAsync("data-presence", "online");
            await Expect(row).ToContainTextAsync(displayName);
            await Expect(panel.GetByTestId("online-list")).Not.ToContainTextAsync("Loading…");
        }
        finally
        {
            await panel.Context.CloseAsync();
            await site.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Who_is_online_draws_its_members_named_before_the_app_runs_where_the_app_then_draws_them()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var email = $"shell{suffix}@example.com";
        const string displayName = "Shell Member";
        var memberId = await CreateMemberAsync(new
        {
            username = $"shell{suffix}",
            email,
            display_name = displayName,
            password = MemberPassword,
            roles = new[] { "event-host" },
        });
        var site = await fixture.NewPageAsync();
        var panel = await fixture.SignedInPageAsync("about:blank");
        try
        {
            await ConnectOnSiteAsync(site, email);

            // Only the boot script runs: the list comes from its snapshot, drawn into the prerendered shell.
            await panel.RouteAsync(AppScripts(), route => route.AbortAsync());
            await panel.GotoAsync("/online");
            var shellRow = panel.Locator($"[data-gatehouse-shell] [data-testid=online-member][data-user-id='{memberId}']");
            await Expect(shellRow).ToContainTextAsync(displayName);
            await Expect(shellRow).ToHaveAttributeAsync("data-presence", "online");
            var card = panel.Locator($"[data-testid=online-member][data-user-id='{memberId}']");
            await Expect(panel.Locator("[data-gatehouse-shell] [data-testid=online-group]").Filter(new() { Has = card }))
                .ToContainTextAsync("event-host", new() { IgnoreCase = true });
            await Expect(panel.Locator("[data-gatehouse-shell] [data-testid=online-total]")).ToContainTextAsync("online");
            var shellPlace = await PlaceInGroupAsync(shellRow);

            // The app then draws the same card in the same place of its group.
            await panel.UnrouteAllAsync();
            await panel.ReloadAsync();
            await Expect(panel.Locator("[data-gatehouse-shell]")).ToHaveCountAsync(0);
            var appRow = panel.Locator($"[data-testid=online-member][data-user-id='{memberId}']");
            await Expect(appRow).ToContainTextAsync(displayName);
            Assert.Equal(shellPlace, await PlaceInGroupAsync(appRow));
        }
        finally
        {
            await panel.Context.CloseAsync();
            await site.Context.CloseAsync();
        }
    }

    /// <summary>Every script of the app but the boot script.</summary>
    [GeneratedRegex(@"/assets/(?!boot-)[^/]+\.js$")]
    private static partial Regex AppScripts();

    /// <summary>A card's box relative to its group's section (other groups may come and go above it).</summary>
    private static Task<double[]> PlaceInGroupAsync(ILocator row) => row.EvaluateAsync<double[]>(
        """
        card => {
          const box = card.getBoundingClientRect();
          const group = card.closest('section').getBoundingClientRect();
          return [box.left - group.left, box.top - group.top, box.width, box.height].map(Math.round);
        }
        """);

    /// <summary>Creates a member through the owner's API; returns their id.</summary>
    private async Task<string> CreateMemberAsync(object member)
    {
        using var api = await fixture.Server.OwnerApiAsync();
        var created = await api.PostAsJsonAsync("/api/v1/users", member);
        created.EnsureSuccessStatusCode();
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    /// <summary>Signs the member in on the SDK example page (the site), which connects them to the gateway.</summary>
    private static async Task ConnectOnSiteAsync(IPage site, string email)
    {
        await site.GotoAsync("/sdk/example/");
        await site.GetByLabel("E-mail").FillAsync(email);
        await site.GetByLabel("Password").FillAsync(MemberPassword);
        await site.GetByRole(AriaRole.Button, new() { Name = "Sign in and connect" }).ClickAsync();
        await Expect(site.Locator("#state")).ToHaveTextAsync("connected");
    }
}
