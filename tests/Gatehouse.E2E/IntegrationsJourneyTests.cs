using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Channels;
using Gatehouse.E2E.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Gatehouse.E2E;

/// <summary>
/// The integrations an admin sets up in the panel, end to end: a webhook to a real receiver on
/// loopback gets the role change made in the panel, and the delivery log shows it; an API key
/// created in the panel works from a plain HTTP client, and the panel shows when it was last used.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class IntegrationsJourneyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_webhook_created_in_the_panel_receives_a_role_change_made_in_the_panel()
    {
        await using var receiver = await Receiver.StartAsync();
        using var api = await fixture.Server.OwnerApiAsync();
        var name = $"hooked{Guid.NewGuid():N}"[..14];
        var created = await api.PostAsJsonAsync("/api/v1/users", new { username = name, email = $"{name}@example.com", roles = new[] { "member" } });
        created.EnsureSuccessStatusCode();
        var memberId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        var page = await fixture.SignedInPageAsync("/webhooks");
        try
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "New webhook" }).First.ClickAsync();
            var form = page.GetByRole(AriaRole.Dialog, new() { Name = "New webhook" });
            await form.GetByRole(AriaRole.Textbox, new() { Name = "URL" }).FillAsync(receiver.Url);
            await form.GetByRole(AriaRole.Checkbox, new() { Name = "user.roles_changed" }).CheckAsync();
            await form.GetByRole(AriaRole.Button, new() { Name = "Create webhook" }).ClickAsync();
            var secret = await page.GetByTestId("revealed-secret").InnerTextAsync();
            Assert.StartsWith("whsec_", secret.Trim(), StringComparison.Ordinal);
            await page.GetByRole(AriaRole.Dialog, new() { Name = "Signing secret" }).GetByRole(AriaRole.Button, new() { Name = "I have stored it" }).ClickAsync();

            // The role change, made in the panel.
            await page.GotoAsync($"/members/{memberId}?tab=roles");
            await page.GetByRole(AriaRole.Switch, new() { Name = "Role event-host" }).ClickAsync(new() { Force = true });
            await Expect(page.GetByRole(AriaRole.List, new() { Name = "Roles" })).ToContainTextAsync("event-host");

            var delivered = await receiver.NextAsync();
            Assert.Equal("user.roles_changed", delivered.GetProperty("type").GetString());
            Assert.Equal(memberId, delivered.GetProperty("event").GetProperty("aggregate_id").GetString());

            // The delivery log shows it: delivered, HTTP 200 (the log refreshes itself).
            await page.GotoAsync("/webhooks");
            await page.GetByRole(AriaRole.Button, new() { Name = $"Actions for {receiver.Url}" }).ClickAsync();
            await page.GetByRole(AriaRole.Menuitem, new() { Name = "Delivery log" }).ClickAsync();
            var entry = page.GetByRole(AriaRole.Button, new() { Name = "Delivery of user.roles_changed" }).First;
            await Expect(entry).ToBeVisibleAsync(new() { Timeout = 30_000 });
            await Expect(entry.GetByTestId("delivery-response")).ToHaveTextAsync("HTTP 200", new() { Timeout = 30_000 });
            await Expect(entry.GetByTestId("delivery-status")).ToHaveTextAsync("Delivered");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>The last-used cell of a key never used (the relative-time component writes it in lower case).</summary>
    private static readonly System.Text.RegularExpressions.Regex NeverUsed = new("^never$", System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    [Fact]
    public async Task An_api_key_created_in_the_panel_works_from_an_http_client_and_shows_when_it_was_last_used()
    {
        var keyName = $"e2e-bot-{Guid.NewGuid():N}"[..16];
        var page = await fixture.SignedInPageAsync("/api-keys");
        try
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "New API key" }).First.ClickAsync();
            var form = page.GetByRole(AriaRole.Dialog, new() { Name = "New API key" });
            await form.GetByRole(AriaRole.Textbox, new() { Name = "Name" }).FillAsync(keyName);
            await form.GetByRole(AriaRole.Textbox, new() { Name = "Scopes" }).ClickAsync();
            await page.GetByRole(AriaRole.Option, new() { Name = "roles.read —" }).First.ClickAsync();
            await page.Keyboard.PressAsync("Escape"); // close the options, not the dialog
            await form.GetByRole(AriaRole.Button, new() { Name = "Create key" }).ClickAsync();
            var key = (await page.GetByTestId("revealed-secret").InnerTextAsync()).Trim();
            Assert.StartsWith("gh_", key, StringComparison.Ordinal);
            await page.GetByRole(AriaRole.Button, new() { Name = "I have stored it" }).ClickAsync();
            // Columns: name, key, scopes, created by, last used, expires, status.
            var lastUsed = page.GetByRole(AriaRole.Row).Filter(new() { HasText = keyName }).GetByRole(AriaRole.Cell).Nth(4);
            await Expect(lastUsed).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^never$", System.Text.RegularExpressions.RegexOptions.IgnoreCase));

            // curl-style: the key in the Authorization header, from outside the browser.
            using var client = new HttpClient { BaseAddress = fixture.Server.BaseAddress };
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
            var roles = await client.GetAsync("/api/v1/roles");
            Assert.Equal(System.Net.HttpStatusCode.OK, roles.StatusCode);
            var outOfScope = await client.GetAsync("/api/v1/users");
            Assert.Equal(System.Net.HttpStatusCode.Forbidden, outOfScope.StatusCode);

            await page.ReloadAsync();
            await Expect(lastUsed).Not.ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^never$", System.Text.RegularExpressions.RegexOptions.IgnoreCase));
            await Expect(lastUsed).ToContainTextAsync("127.0.0.1");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>A real HTTP receiver on a loopback port, as a bot would run one.</summary>
    private sealed class Receiver : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private readonly Channel<JsonElement> _received = Channel.CreateUnbounded<JsonElement>();

        private Receiver(WebApplication app) => _app = app;

        public string Url => _app.Urls.First() + "/hook";

        public static async Task<Receiver> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            var app = builder.Build();
            var receiver = new Receiver(app);
            app.MapPost("/hook", async (HttpContext http) =>
            {
                var body = await JsonDocument.ParseAsync(http.Request.Body);
                await receiver._received.Writer.WriteAsync(body.RootElement.Clone());
                return Results.Ok();
            });
            await app.StartAsync();
            return receiver;
        }

        public async Task<JsonElement> NextAsync()
        {
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            return await _received.Reader.ReadAsync(cts.Token);
        }

        public async ValueTask DisposeAsync() => await _app.DisposeAsync();
    }
}
