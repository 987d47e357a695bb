using System.Net.Http.Json;
using System.Text.Json;
using Gatehouse.E2E.Infrastructure;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Tests.Features.Auth.Sso;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OtpNet;
using static Microsoft.Playwright.Assertions;

namespace Gatehouse.E2E;

/// <summary>
/// Issue 16 in the real app: an administrator enrols an authenticator app by reading its key from
/// the page and signs in with a code computed here; a dangerous action after the step-up window
/// opens the re-authentication dialog and then goes through; a member signs in with a real
/// OpenID Connect provider (OpenIddict on loopback).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccountSecurityJourneyTests(BrowserFixture fixture)
{
    private const string Password = "Security-Journey-Passw0rd!";

    private async Task<string> CreateMemberAsync(string username, string role, string? password = Password)
    {
        using var api = await fixture.Server.OwnerApiAsync();
        var created = await api.PostAsJsonAsync("/api/v1/users", new { username, email = $"{username}@example.com", password, roles = new[] { role } });
        created.EnsureSuccessStatusCode();
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("email").GetString()!;
    }

    private static async Task SignInAsync(IPage page, string email)
    {
        // Signing out already lands on the sign-in page; loading it again would race the app's own redirect.
        if (!page.Url.Contains("/login", StringComparison.Ordinal)) await page.GotoAsync("/login");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "E-mail" }).FillAsync(email);
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Password" }).FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
    }

    private static async Task ExpectNoSeriousViolationsAsync(IPage page, string? include = null)
    {
        var serious = include is null ? await Axe.SeriousViolationsAsync(page) : await Axe.SeriousViolationsAsync(page.Locator(include));
        Assert.True(serious.Count == 0, string.Join("\n", serious));
    }

    [Fact]
    public async Task An_admin_enrols_an_authenticator_signs_in_with_a_code_and_confirms_a_dangerous_action_in_the_step_up_dialog()
    {
        var username = $"totp{Guid.NewGuid():N}"[..12];
        var email = await CreateMemberAsync(username, "admin");
        var page = await fixture.NewPageAsync();
        try
        {
            await SignInAsync(page, email);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Hello, {username}" })).ToBeVisibleAsync();

            // Enrol: the key is read from the page (as a person would type it into their app).
            await page.GotoAsync("/security");
            await page.GetByRole(AriaRole.Button, new() { Name = "Set up an authenticator app" }).ClickAsync();
            var secret = (await page.GetByTestId("totp-secret").InnerTextAsync()).Trim();
            var totp = new Totp(Base32Encoding.ToBytes(secret));
            // The enrolment uses the previous 30-second step (accepted for clock drift), so the
            // sign-in below has a newer, unused step at once: a replayed step would be refused.
            await page.GetByRole(AriaRole.Textbox, new() { Name = "6-digit code" }).FillAsync(totp.ComputeTotp(DateTime.UtcNow.AddSeconds(-30)));
            await page.GetByRole(AriaRole.Button, new() { Name = "Turn on" }).ClickAsync();
            var recovery = page.GetByRole(AriaRole.Dialog, new() { Name = "Your recovery codes" });
            await Expect(recovery.GetByTestId("revealed-secret")).ToContainTextAsync("-");
            await recovery.GetByRole(AriaRole.Button, new() { Name = "I have stored it" }).ClickAsync();
            await Expect(page.GetByTestId("two-factor-state")).ToHaveTextAsync("On");

            // Back in from a fresh browser (no session left): the password alone is not enough any more.
            await page.Context.CloseAsync();
            page = await fixture.NewPageAsync();
            await SignInAsync(page, email);
            var code = page.GetByTestId("login-code");
            await Expect(code).ToBeVisibleAsync();
            await ExpectNoSeriousViolationsAsync(page);
            await code.FillAsync(totp.ComputeTotp(DateTime.UtcNow));
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Hello, {username}" })).ToBeVisibleAsync();

            // Ten minutes later (the session's step-up mark moved back in the database, as the clock would),
            // creating an API key asks who you are first, then goes through.
            await AgeStepUpAsync(email);
            await page.GotoAsync("/api-keys");
            await page.GetByRole(AriaRole.Button, new() { Name = "New API key" }).First.ClickAsync();
            var form = page.GetByRole(AriaRole.Dialog, new() { Name = "New API key" });
            await form.GetByRole(AriaRole.Textbox, new() { Name = "Name" }).FillAsync($"stepup-{username}");
            await form.GetByRole(AriaRole.Textbox, new() { Name = "Scopes" }).ClickAsync();
            await page.GetByRole(AriaRole.Option, new() { Name = "roles.read —" }).First.ClickAsync();
            await page.Keyboard.PressAsync("Escape");
            await form.GetByRole(AriaRole.Button, new() { Name = "Create key" }).ClickAsync();
            var stepUp = page.GetByRole(AriaRole.Dialog, new() { Name = "Confirm it is you" });
            await Expect(stepUp).ToBeVisibleAsync();
            await ExpectNoSeriousViolationsAsync(page, "role=dialog[name=\"Confirm it is you\"]");
            await stepUp.GetByRole(AriaRole.Textbox, new() { Name = "Password" }).FillAsync(Password);
            await stepUp.GetByRole(AriaRole.Button, new() { Name = "Confirm" }).ClickAsync();
            Assert.StartsWith("gh_", (await page.GetByTestId("revealed-secret").InnerTextAsync()).Trim(), StringComparison.Ordinal);
            await page.GetByRole(AriaRole.Button, new() { Name = "I have stored it" }).ClickAsync();
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>The E2E server runs on the real clock: move the member's step-up marks an hour back instead of waiting.</summary>
    private async Task AgeStepUpAsync(string email)
    {
        using var scope = fixture.Server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GatehouseDb>();
        var user = await db.Set<Gatehouse.Server.Features.Users.User>().Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        await db.Set<Gatehouse.Server.Features.Auth.RefreshSession>().Where(s => s.UserId == user).ExecuteUpdateAsync(u => u.SetProperty(s => s.SteppedUpAt, DateTime.UtcNow.AddHours(-1)));
    }

    [Fact]
    public async Task A_member_signs_in_with_the_local_openid_connect_provider()
    {
        await using var provider = new LocalOidcProvider();
        await provider.StartAsync();
        await provider.RegisterClientAsync(new Uri(fixture.Server.BaseAddress, "/api/v1/auth/sso/local/callback"));
        using var api = await fixture.Server.OwnerApiAsync();
        (await api.PutAsJsonAsync("/api/v1/sso/providers/local", new
        {
            display_name = "Local ID",
            issuer = provider.Issuer.ToString(),
            client_id = LocalOidcProvider.ClientId,
            client_secret = LocalOidcProvider.ClientSecret,
            scopes = new[] { "profile", "email" },
        })).EnsureSuccessStatusCode();
        var username = $"oidc{Guid.NewGuid():N}"[..12];
        var email = await CreateMemberAsync(username, "moderator", password: null);
        provider.SignsIn = new ProviderAccount(Guid.NewGuid().ToString(), email, true, "Oidc Member");

        var page = await fixture.NewPageAsync();
        try
        {
            await page.GotoAsync("/login");
            // Four hops (Gatehouse, the provider, back, the panel) and three back-channel calls (discovery, keys,
            // code exchange): on a machine shared with other suites that can take longer than a page load.
            await page.GetByRole(AriaRole.Link, new() { Name = "Sign in with Local ID" }).ClickAsync(new() { Timeout = 60_000 });
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Hello, {username}" })).ToBeVisibleAsync(new() { Timeout = 60_000 });
            await page.GotoAsync("/security");
            await Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Local ID", Exact = true })).ToBeVisibleAsync();
        }
        finally
        {
            await page.Context.CloseAsync();
            (await api.DeleteAsync("/api/v1/sso/providers/local")).EnsureSuccessStatusCode();
        }
    }
}
