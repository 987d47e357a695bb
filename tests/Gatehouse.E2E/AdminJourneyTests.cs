using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Gatehouse.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Gatehouse.E2E;

/// <summary>An admin's day in the real app, against the real server, in Debian's Chromium.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class AdminJourneyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Admin_signs_in_creates_a_member_assigns_a_role_edits_and_rolls_back_a_role_reads_the_audit_log_switches_to_french_and_signs_out()
    {
        var page = await fixture.NewPageAsync();
        try
        {
            // Sign in: a wrong password says so, the right one opens the dashboard.
            await page.GotoAsync("/");
            await Expect(page).ToHaveURLAsync(LoginUrl());
            await page.GetByRole(AriaRole.Textbox, new() { Name = "E-mail" }).FillAsync(GatehouseServer.OwnerEmail);
            await page.GetByRole(AriaRole.Textbox, new() { Name = "Password" }).FillAsync("not-the-password");
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            await Expect(page.GetByTestId("login-error")).ToContainTextAsync("Wrong e-mail or password");
            await page.GetByRole(AriaRole.Textbox, new() { Name = "Password" }).FillAsync(GatehouseServer.OwnerPassword);
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Hello, owner" })).ToBeVisibleAsync();

            // The access token lives in memory only: a reload renews it from the refresh cookie.
            await page.ReloadAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Hello, owner" })).ToBeVisibleAsync();

            // Create a member; the server's duplicate answer lands on the username field.
            await page.GetByRole(AriaRole.Navigation, new() { Name = "Main navigation" }).GetByRole(AriaRole.Link, new() { Name = "Members" }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Add member" }).First.ClickAsync();
            var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Add a member" });
            await dialog.GetByLabel("Username").FillAsync("ada");
            await dialog.GetByRole(AriaRole.Textbox, new() { Name = "E-mail" }).FillAsync("someone-else@example.com");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Add member" }).ClickAsync();
            await Expect(dialog.GetByText("This username is already taken.")).ToBeVisibleAsync();
            await dialog.GetByLabel("Username").FillAsync("joan");
            await dialog.GetByLabel("Display name").FillAsync("Joan Clarke");
            await dialog.GetByRole(AriaRole.Textbox, new() { Name = "E-mail" }).FillAsync("joan@example.com");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Add member" }).ClickAsync();
            // No password: the test server has an e-mail relay (the SMTP sink), so the member is mailed
            // a one-time link to choose one, and the admin is told where it went.
            await Expect(page.GetByText("a link to choose a password was sent to joan@example.com")).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Joan Clarke", Level = 1 })).ToBeVisibleAsync();

            // Assign a role from the profile's Roles tab; roles at or above the owner's rank stay locked.
            await page.GetByRole(AriaRole.Tab, new() { Name = "Roles" }).ClickAsync();
            await page.GetByRole(AriaRole.Switch, new() { Name = "Role event-host" }).ClickAsync(new() { Force = true });
            await Expect(page.GetByText("event-host given.")).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.List, new() { Name = "Roles" })).ToContainTextAsync("event-host");

            // Edit the role's permissions with the tri-state control, then roll the change back.
            await page.GetByRole(AriaRole.Navigation, new() { Name = "Main navigation" }).GetByRole(AriaRole.Link, new() { Name = "Roles" }).ClickAsync();
            await page.GetByTestId("role-list").GetByRole(AriaRole.Link, new() { Name = "event-host" }).ClickAsync();
            await page.GetByRole(AriaRole.Tab, new() { Name = "Permissions" }).ClickAsync();
            await page.GetByTestId("tri-moderation.warn").Locator("label").Filter(new() { HasText = "Allow" }).ClickAsync();
            await page.GetByTestId("tri-users.read").Locator("label").Filter(new() { HasText = "Deny" }).ClickAsync();
            await Expect(page.GetByTestId("unsaved-bar")).ToBeVisibleAsync();
            await page.GetByTestId("unsaved-bar").GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
            await Expect(page.GetByText("event-host saved.")).ToBeVisibleAsync();
            await Expect(page.GetByTestId("unsaved-bar")).ToBeHiddenAsync();
            var saved = await RoleAsync(fixture.SampleRoleId);
            Assert.Contains("moderation.warn", Strings(saved, "permissions"));
            Assert.Contains("users.read", Strings(saved, "denied_permissions"));

            await page.GetByRole(AriaRole.Tab, new() { Name = "Versions" }).ClickAsync();
            var versions = page.GetByTestId("role-versions");
            await Expect(versions).ToContainTextAsync("moderation.warn");
            var previous = Number(saved, "version") - 1;
            await versions.GetByRole(AriaRole.Button, new() { Name = $"Roll back to version {previous}" }).ClickAsync();
            await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Roll back" }).ClickAsync();
            await Expect(page.GetByText($"Rolled back to version {previous}.")).ToBeVisibleAsync();
            await Expect(versions.GetByText("Rolled back")).ToBeVisibleAsync();
            var rolledBack = await RoleAsync(fixture.SampleRoleId);
            Assert.DoesNotContain("moderation.warn", Strings(rolledBack, "permissions"));
            Assert.DoesNotContain("users.read", Strings(rolledBack, "denied_permissions"));
            await page.GetByRole(AriaRole.Tab, new() { Name = "Permissions" }).ClickAsync();
            await Expect(page.GetByTestId("tri-moderation.warn").GetByRole(AriaRole.Radio, new() { Name = "Not set" })).ToBeCheckedAsync();

            // The audit log reads what just happened as sentences, names resolved, with a verified chain and a readable diff.
            await page.GetByRole(AriaRole.Navigation, new() { Name = "Main navigation" }).GetByRole(AriaRole.Link, new() { Name = "Audit log" }).ClickAsync();
            var table = page.GetByTestId("audit-table");
            var sentences = table.GetByTestId("audit-sentence");
            await Expect(sentences.Filter(new() { HasText = "rolled the role event-host" }).First).ToHaveTextAsync("owner rolled the role event-host back");
            await Expect(sentences.Filter(new() { HasText = "Joan Clarke" }).Filter(new() { HasText = "gave" })).ToHaveTextAsync("owner gave event-host to Joan Clarke");
            await Expect(sentences.Filter(new() { HasText = "Joan Clarke" }).Filter(new() { HasText = "added" })).ToHaveTextAsync("owner added Joan Clarke");
            await Expect(page.GetByTestId("verify-badge")).ToContainTextAsync("Chain intact");
            await table.GetByRole(AriaRole.Button).Filter(new() { HasText = "rolled the role event-host back" }).First.ClickAsync();
            var detail = page.GetByTestId("audit-detail");
            await Expect(detail).ToContainTextAsync("role.rolled_back");
            await Expect(detail.GetByRole(AriaRole.Table).Last).ToContainTextAsync("moderation.warn");
            await page.Keyboard.PressAsync("Escape");
            await Expect(detail).ToBeHiddenAsync();

            // Switch to French: the interface and the server's messages follow.
            await page.GetByTestId("language-switcher").ClickAsync();
            await page.GetByRole(AriaRole.Menuitem, new() { Name = "Français" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Journal d'audit", Level = 1 })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Navigation principale" }).GetByRole(AriaRole.Link, new() { Name = "Membres" })).ToBeVisibleAsync();
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "fr");
            await Expect(sentences.Filter(new() { HasText = "Joan Clarke" }).Filter(new() { HasText = "a donné" })).ToHaveTextAsync("owner a donné event-host à Joan Clarke");
            await Expect(sentences.Filter(new() { HasText = "Joan Clarke" }).Filter(new() { HasText = "a ajouté" })).ToHaveTextAsync("owner a ajouté Joan Clarke");

            // Sign out: back to the sign-in page, and the app is closed until signing in again.
            await page.GetByTestId("sign-out").ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Bon retour !" })).ToBeVisibleAsync();
            await page.GotoAsync("/members");
            await Expect(page).ToHaveURLAsync(LoginUrl());
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task A_locked_account_shows_the_wait_and_a_disabled_account_says_so()
    {
        using var api = await fixture.Server.OwnerApiAsync();
        (await api.PostAsJsonAsync("/api/v1/users", new { username = "locky", email = "locky@example.com", password = "Correct-Horse-42!" })).EnsureSuccessStatusCode();
        var disabled = await api.PostAsJsonAsync("/api/v1/users", new { username = "sleepy", email = "sleepy@example.com", password = "Correct-Horse-42!" });
        var disabledId = (await disabled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        (await api.PostAsJsonAsync($"/api/v1/users/{disabledId}/disable", new { reason = "spam" })).EnsureSuccessStatusCode();
        using var anonymous = new HttpClient { BaseAddress = fixture.Server.BaseAddress };
        for (var i = 0; i < 5; i++)
            await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email = "locky@example.com", password = "wrong" });

        var page = await fixture.NewPageAsync();
        try
        {
            await page.GotoAsync("/login");
            await page.GetByRole(AriaRole.Textbox, new() { Name = "E-mail" }).FillAsync("locky@example.com");
            await page.GetByRole(AriaRole.Textbox, new() { Name = "Password" }).FillAsync("Correct-Horse-42!");
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            await Expect(page.GetByTestId("login-error")).ToContainTextAsync("Account locked for now");
            await Expect(page.GetByTestId("login-error")).ToContainTextAsync(WaitPattern());
            await Expect(page.GetByRole(AriaRole.Button, new() { NameRegex = WaitButtonPattern() })).ToBeDisabledAsync();

            await page.ReloadAsync();
            await page.GetByRole(AriaRole.Textbox, new() { Name = "E-mail" }).FillAsync("sleepy@example.com");
            await page.GetByRole(AriaRole.Textbox, new() { Name = "Password" }).FillAsync("Correct-Horse-42!");
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            await Expect(page.GetByTestId("login-error")).ToContainTextAsync("Account disabled");
            await Expect(page.GetByTestId("login-error")).ToContainTextAsync("spam");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task The_command_palette_jumps_to_a_member_and_roles_reorder_from_the_keyboard()
    {
        var page = await fixture.SignedInPageAsync("/");
        try
        {
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Hello, owner" })).ToBeVisibleAsync();
            await page.Keyboard.PressAsync("Control+K");
            await page.GetByPlaceholder("Search pages, members and roles").FillAsync("lovelace");
            await page.GetByRole(AriaRole.Button, new() { Name = "Ada Lovelace" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex($"/members/{fixture.SampleMemberId}$"));

            await page.GotoAsync("/roles");
            var before = await RoleNamesAsync();
            var staff = before.IndexOf("staff");
            Assert.True(staff > 0 && staff < before.Count - 1, "staff is neither first nor last");
            var below = before[staff + 1];
            var handle = page.GetByRole(AriaRole.Button, new() { Name = "Move staff", Exact = true });
            await handle.FocusAsync();
            // dnd-kit announces each step in a live region; waiting on it keeps the keys in step with the drag.
            var live = page.GetByRole(AriaRole.Status).Filter(new() { HasText = "staff" });
            await page.Keyboard.PressAsync("Space");
            await Expect(live).ToContainTextAsync($"staff is now at position {staff + 1}");
            // dnd-kit starts listening for the arrow keys in a setTimeout after the pick-up, and Chromium runs input
            // before timers when busy: a timer queued now fires after that one, so the arrow is not lost.
            await page.EvaluateAsync("() => new Promise(resolve => setTimeout(resolve))");
            await page.Keyboard.PressAsync("ArrowDown");
            await Expect(live).ToContainTextAsync($"staff is now at position {staff + 2}");
            await page.Keyboard.PressAsync("Space");
            await Expect(page.GetByText("New order saved.")).ToBeVisibleAsync();
            var after = await RoleNamesAsync();
            Assert.Equal(after.IndexOf(below) + 1, after.IndexOf("staff"));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private async Task<List<string>> RoleNamesAsync()
    {
        using var api = await fixture.Server.OwnerApiAsync();
        var roles = await api.GetFromJsonAsync<JsonElement>("/api/v1/roles");
        return [.. roles.EnumerateArray().Select(r => r.GetProperty("name").GetString()!)];
    }

    private async Task<JsonElement> RoleAsync(string id)
    {
        using var api = await fixture.Server.OwnerApiAsync();
        return await api.GetFromJsonAsync<JsonElement>($"/api/v1/roles/{id}");
    }

    private static List<string> Strings(JsonElement e, string property) =>
        [.. e.GetProperty(property).EnumerateArray().Select(x => x.GetString()!)];

    private static int Number(JsonElement e, string property) => e.GetProperty(property).GetInt32();

    [GeneratedRegex("/login")]
    private static partial Regex LoginUrl();

    [GeneratedRegex(@"try again in \d+ seconds?", RegexOptions.IgnoreCase)]
    private static partial Regex WaitPattern();

    [GeneratedRegex(@"^Try again in ")]
    private static partial Regex WaitButtonPattern();
}
