using System.Net.Http.Json;
using System.Text.Json;
using Gatehouse.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Gatehouse.E2E;

/// <summary>A person opens an invite link signed out, creates their account on the public page, and signs in.</summary>
[Collection(BrowserCollection.Name)]
public sealed class InviteJourneyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_person_accepts_an_invite_on_the_public_page_and_joins_with_its_roles()
    {
        using var api = await fixture.Server.OwnerApiAsync();
        var created = await api.PostAsJsonAsync("/api/v1/invites", new { roles = new[] { "event-host" }, max_uses = 1 });
        created.EnsureSuccessStatusCode();
        var code = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;

        var page = await fixture.NewPageAsync();
        try
        {
            await page.GotoAsync($"/invite/{code}");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "You're invited" })).ToBeVisibleAsync();
            await Expect(page.GetByText("event-host")).ToBeVisibleAsync();
            await page.GetByRole(AriaRole.Textbox, new() { Name = "Username" }).FillAsync("katherine");
            await page.GetByRole(AriaRole.Textbox, new() { Name = "E-mail" }).FillAsync("katherine@example.com");
            await page.GetByRole(AriaRole.Textbox, new() { Name = "Password" }).FillAsync("short");
            await page.GetByRole(AriaRole.Button, new() { Name = "Accept the invite" }).ClickAsync();
            await Expect(page.GetByText("Use at least 10 characters")).ToBeVisibleAsync();
            await page.GetByRole(AriaRole.Textbox, new() { Name = "Password" }).FillAsync("Hidden-Figures-1962!");
            await page.GetByRole(AriaRole.Button, new() { Name = "Accept the invite" }).ClickAsync();
            await Expect(page.GetByText("Your account is ready")).ToBeVisibleAsync();

            // The invite is used up, and the new member carries its role and where they came from.
            await page.ReloadAsync();
            await Expect(page.GetByText("used as many times as it allows")).ToBeVisibleAsync();
            var members = await api.GetFromJsonAsync<JsonElement>("/api/v1/users?q=katherine");
            var member = members.GetProperty("items")[0];
            Assert.Contains(member.GetProperty("roles").EnumerateArray(), r => r.GetProperty("name").GetString() == "event-host");
            Assert.Equal(code, member.GetProperty("joined_via_invite").GetString());
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
