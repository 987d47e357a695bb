using System.Net.Http.Json;
using System.Text.Json;
using Gatehouse.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Gatehouse.E2E;

/// <summary>
/// Erasure end to end: an administrator changes a member (audited with their name), erases them from the
/// profile's Privacy tab with the typed confirmation, and the audit log then shows the entries about them
/// as "erased" while the chain still verifies.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PrivacyJourneyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Erasing_a_member_from_the_profile_makes_the_audit_entries_about_them_show_erased()
    {
        var username = $"gone{Guid.NewGuid().ToString("N")[..8]}";
        string id;
        using (var api = await fixture.Server.OwnerApiAsync())
        {
            var created = await api.PostAsJsonAsync("/api/v1/users",
                new { username, email = $"{username}@example.com", display_name = "Gina Gone", password = "Member-Passw0rd!2026", roles = new[] { "member" } });
            created.EnsureSuccessStatusCode();
            id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        }

        var page = await fixture.SignedInPageAsync($"/members/{id}?tab=privacy");
        try
        {
            var erase = page.GetByRole(AriaRole.Button, new() { Name = "Erase permanently" });
            await Expect(erase).ToBeDisabledAsync();
            await page.GetByLabel($"Type {username} to confirm").FillAsync(username);
            await erase.ClickAsync();
            // The profile now shows the pseudonymous tombstone (the member is deleted and erased).
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "[erased]" })).ToBeVisibleAsync();

            await page.GotoAsync($"/audit?target_id={id}");
            var created = page.Locator("[data-testid=audit-table] tr:has(code:text-is('user.created'))");
            await Expect(created.GetByTestId("audit-erased")).ToHaveTextAsync("erased");
            await Expect(page.Locator("[data-testid=audit-table]")).Not.ToContainTextAsync("Gina Gone");
            await Expect(page.Locator("[data-testid=audit-table] tr:has(code:text-is('privacy.erased'))")).ToBeVisibleAsync();
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
