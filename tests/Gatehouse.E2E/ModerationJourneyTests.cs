using System.Net.Http.Json;
using System.Text.Json;
using Gatehouse.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Gatehouse.E2E;

/// <summary>
/// Moderation end to end, with four browser contexts: the moderator's panel, the moderator's own site
/// page (so live presence says they are online), a troublemaker's and a reporter's site pages (the SDK
/// example, served at /sdk/example/). Mute and lift reach the site at once; a report filed on the site
/// lands in the queue assigned to the online moderator, who resolves it with a 1-day ban that closes
/// the troublemaker's page and makes their sign-in say until when.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ModerationJourneyTests(BrowserFixture fixture)
{
    private const string Password = "Member-Passw0rd!2026";

    [Fact]
    public async Task Mute_reaches_the_site_at_once_then_a_site_report_is_resolved_with_a_ban_that_disconnects_the_member()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var moderator = await CreateAsync($"mod{suffix}", "Morgan Moderator", "moderator");
        var troll = await CreateAsync($"troll{suffix}", "Terry Troll", "member");
        var reporter = await CreateAsync($"rep{suffix}", "Riley Reporter", "member");

        var panel = await fixture.SignedInPageAsync($"/members/{troll.Id}?tab=moderation", email: moderator.Email, password: Password);
        var modSite = await fixture.NewPageAsync();
        var trollSite = await fixture.NewPageAsync();
        var reporterSite = await fixture.NewPageAsync();
        try
        {
            await SignInOnSiteAsync(trollSite, troll.Email);

            // The moderator mutes the member for 5 minutes with a reason, from the profile's Moderation tab.
            await panel.GetByRole(AriaRole.Textbox, new() { Name = "Action" }).ClickAsync();
            await panel.GetByRole(AriaRole.Option, new() { Name = "Mute" }).ClickAsync();
            await panel.GetByRole(AriaRole.Textbox, new() { Name = "Duration" }).ClickAsync();
            await panel.GetByRole(AriaRole.Option, new() { Name = "5 minutes" }).ClickAsync();
            await panel.GetByLabel("Reason (the member sees it)").FillAsync("Cool down, please");
            await panel.GetByRole(AriaRole.Button, new() { Name = "Mute this member" }).ClickAsync();

            // The site shows the mute notice at once, and a status message is refused, saying why.
            var notice = trollSite.Locator("#sanction");
            await Expect(notice).ToBeVisibleAsync();
            await Expect(notice).ToContainTextAsync("You are muted until");
            await Expect(notice).ToContainTextAsync("Cool down, please");
            await trollSite.GetByLabel("Custom status").FillAsync("I am still here");
            await trollSite.Locator("#custom-status button[type=submit]").ClickAsync();
            await Expect(trollSite.Locator("#action-error")).ToContainTextAsync("muted");
            await Expect(trollSite.Locator("#message")).Not.ToContainTextAsync("I am still here");

            // The moderator lifts it; the notice goes away and the message goes through.
            await panel.GetByRole(AriaRole.Button, new() { Name = "Lift" }).ClickAsync();
            await Expect(notice).ToBeHiddenAsync();
            await trollSite.Locator("#custom-status button[type=submit]").ClickAsync();
            await Expect(trollSite.Locator("#message")).ToContainTextAsync("I am still here");
            await Expect(trollSite.Locator("#action-error")).ToBeEmptyAsync();

            // The moderator is online on the site; a member reports the troublemaker from the site.
            await SignInOnSiteAsync(modSite, moderator.Email);
            await SignInOnSiteAsync(reporterSite, reporter.Email);
            await reporterSite.GetByLabel("Member id").FillAsync(troll.Id);
            await reporterSite.GetByLabel("Reason").SelectOptionAsync("harassment");
            await reporterSite.GetByLabel("What happened").FillAsync("Insults in the lobby");
            await reporterSite.GetByRole(AriaRole.Button, new() { Name = "Send report" }).ClickAsync();
            await Expect(reporterSite.Locator("#report-result")).ToHaveTextAsync("Report sent to the moderators.");

            // It is in the queue, assigned to the online moderator, with its SLA ticking.
            await panel.GotoAsync("/reports");
            var row = panel.Locator($"[data-testid=report-row]:has-text('Terry Troll')");
            await Expect(row).ToHaveAttributeAsync("data-assignee", moderator.Id);
            await Expect(row).ToContainTextAsync("Morgan Moderator");
            await Expect(row.GetByTestId("sla")).ToContainTextAsync("left");

            // Resolved with a 1-day ban in one step.
            await row.GetByRole(AriaRole.Button, new() { Name = "Resolve" }).ClickAsync();
            var dialog = panel.GetByRole(AriaRole.Dialog, new() { Name = "Resolve the report" });
            await dialog.GetByLabel("Resolution").FillAsync("Repeated insults");
            await dialog.GetByRole(AriaRole.Textbox, new() { Name = "Sanction on the reported member" }).ClickAsync();
            await panel.GetByRole(AriaRole.Option, new() { Name = "Ban" }).ClickAsync();
            await Expect(dialog.GetByRole(AriaRole.Textbox, new() { Name = "Duration" })).ToHaveValueAsync("1 day");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Resolve and Ban" }).ClickAsync();
            await Expect(dialog).ToBeHiddenAsync();
            await Expect(row).ToHaveCountAsync(0);

            // The banned member's page is told, disconnected, and signing in again says until when.
            await Expect(notice).ToContainTextAsync("You are banned until");
            await Expect(notice).ToContainTextAsync("Repeated insults");
            await Expect(trollSite.Locator("#state")).ToHaveTextAsync("disconnected");
            await trollSite.GetByRole(AriaRole.Button, new() { Name = "Sign in and connect" }).ClickAsync();
            await Expect(trollSite.Locator("#sign-in-error")).ToContainTextAsync("until");
            await Expect(trollSite.Locator("#sign-in-error")).ToContainTextAsync("Repeated insults");
        }
        finally
        {
            foreach (var page in new[] { panel, modSite, trollSite, reporterSite }) await page.Context.CloseAsync();
        }
    }

    private async Task<(string Id, string Email)> CreateAsync(string username, string displayName, string role)
    {
        using var api = await fixture.Server.OwnerApiAsync();
        var email = $"{username}@example.com";
        var created = await api.PostAsJsonAsync("/api/v1/users", new { username, email, display_name = displayName, password = Password, roles = new[] { role } });
        created.EnsureSuccessStatusCode();
        return ((await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!, email);
    }

    private static async Task SignInOnSiteAsync(IPage site, string email)
    {
        await site.GotoAsync("/sdk/example/");
        await site.GetByLabel("E-mail").FillAsync(email);
        await site.GetByLabel("Password").FillAsync(Password);
        await site.GetByRole(AriaRole.Button, new() { Name = "Sign in and connect" }).ClickAsync();
        await Expect(site.Locator("#state")).ToHaveTextAsync("connected");
    }
}
