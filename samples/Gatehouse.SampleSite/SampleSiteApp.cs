using System.Security.Claims;
using System.Text.Encodings.Web;
using Gatehouse.Client;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Kiota.Abstractions;

namespace Gatehouse.SampleSite;

/// <summary>
/// A small site with its own cookie sign-in. Its signed-in page connects the user to Gatehouse with
/// a connection token minted by this back end (<see cref="GatehouseClient.MintSiteTokenAsync"/>).
/// </summary>
public static class SampleSiteApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var gatehouseUrl = builder.Configuration["Gatehouse:Url"] ?? "http://localhost:5000";
        builder.Services.AddSingleton(new SiteAccounts([("alice", "Alice Martin"), ("bob", "Bob Durand"), ("carol", "Carol Petit")]));
        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(o =>
        {
            o.LoginPath = "/signin";
            o.Cookie.SameSite = SameSiteMode.Strict; // the token endpoint is a POST from this site's own page only
        });
        builder.Services.AddAuthorization();

        // Gatehouse integration (1/2): the client, with an API key holding the site.tokens scope.
        builder.Services.AddGatehouseClient(o =>
        {
            o.BaseAddress = new Uri(gatehouseUrl);
            o.ApiKey = builder.Configuration["Gatehouse:ApiKey"] ?? throw new InvalidOperationException("Set Gatehouse:ApiKey.");
        });

        var app = builder.Build();
        app.UseStaticFiles();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapGet("/", (ClaimsPrincipal user) => Results.Content(Pages.Home(user, gatehouseUrl), "text/html")).RequireAuthorization();
        app.MapGet("/signin", (string? error) => Results.Content(Pages.SignIn(error), "text/html"));
        app.MapPost("/signin", async (HttpContext http, SiteAccounts accounts) =>
        {
            var form = await http.Request.ReadFormAsync();
            if (accounts.SignIn(form["login"].ToString(), form["password"].ToString()) is not { } account)
                return Results.Redirect("/signin?error=1");
            var identity = new ClaimsIdentity([
                new Claim(ClaimTypes.NameIdentifier, account.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Claim(ClaimTypes.Name, account.Login),
                new Claim("display_name", account.DisplayName),
            ], CookieAuthenticationDefaults.AuthenticationScheme);
            await http.SignInAsync(new ClaimsPrincipal(identity));
            return Results.Redirect("/");
        });
        app.MapPost("/signout", async (HttpContext http) =>
        {
            await http.SignOutAsync();
            return Results.Redirect("/signin");
        });

        // Gatehouse integration (2/2): the page asks for a connection token for the signed-in user.
        app.MapPost("/gatehouse/token", async (ClaimsPrincipal user, GatehouseClient gatehouse, CancellationToken ct) =>
        {
            try
            {
                var token = await gatehouse.MintSiteTokenAsync(new SiteMember(
                    user.FindFirstValue(ClaimTypes.NameIdentifier)!, user.Identity!.Name, user.FindFirstValue("display_name")), ct);
                return Results.Ok(new { token = token.Token });
            }
            catch (ApiException e) when (e.ResponseStatusCode is 403)
            {
                // Banned or disabled in Gatehouse: the page shows Gatehouse's sentence.
                return Results.Json(new { error = (e as Gatehouse.Client.Generated.Models.ProblemDetails)?.Detail ?? "refused" }, statusCode: 403);
            }
        }).RequireAuthorization();
        return app;
    }
}

/// <summary>The site's two pages, as plain HTML (no inline script: the page's script is /site.js).</summary>
internal static class Pages
{
    private static string E(string? text) => HtmlEncoder.Default.Encode(text ?? "");

    private static string Layout(string title, string body) => $"""
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{E(title)} · Sample site</title><link rel="stylesheet" href="/site.css"></head>
        <body><header><strong>Sample site</strong></header><main>{body}</main></body></html>
        """;

    public static string SignIn(string? error) => Layout("Sign in", $"""
        <h1>Sign in</h1>
        <form method="post" action="/signin">
          <label>Login <input name="login" autocomplete="username" required></label>
          <label>Password <input name="password" type="password" autocomplete="current-password" required></label>
          <button type="submit">Sign in</button>
        </form>
        {(error is null ? "" : "<p role=\"alert\" class=\"error\">Wrong login or password.</p>")}
        """);

    public static string Home(ClaimsPrincipal user, string gatehouseUrl) => Layout("Home", $"""
        <h1>Hello, {E(user.FindFirstValue("display_name"))}</h1>
        <section id="gatehouse" data-url="{E(gatehouseUrl)}" aria-label="Gatehouse presence">
          <p>Connection: <span id="state">disconnected</span> · Status: <span id="status">offline</span></p>
          <div role="group" aria-label="Your status">
            <button type="button" data-status="online">Online</button>
            <button type="button" data-status="idle">Idle</button>
            <button type="button" data-status="dnd">Do not disturb</button>
            <button type="button" data-status="invisible">Invisible</button>
          </div>
          <p id="sanction" role="alert" hidden></p>
        </section>
        <form method="post" action="/signout"><button type="submit">Sign out</button></form>
        <script type="module" src="/site.js"></script>
        """);
}
