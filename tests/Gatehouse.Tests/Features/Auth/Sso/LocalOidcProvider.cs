using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Gatehouse.Tests.Features.Auth.Sso;

/// <summary>Who the provider signs in when the browser reaches its authorization endpoint (its "login page" has already been passed).</summary>
public sealed record ProviderAccount(string Subject, string Email, bool EmailVerified, string Name, params string[] Groups);

/// <summary>
/// A real OpenID Connect provider on loopback, built with OpenIddict on real Kestrel: discovery,
/// JWKS, authorization endpoint (code flow, PKCE required), token endpoint with client
/// authentication, signed ID tokens. Its one shortcut is the login page: the account that signs
/// in is the one the test sets in <see cref="SignsIn"/>.
/// </summary>
public sealed class LocalOidcProvider : IAsyncDisposable
{
    public const string ClientId = "gatehouse";
    public const string ClientSecret = "provider-client-secret-for-tests";

    private readonly WebApplication _app;
    private readonly string _database = Path.Combine(Path.GetTempPath(), "gatehouse-tests", $"oidc-{Guid.NewGuid():N}.db");

    public ProviderAccount? SignsIn { get; set; }

    private sealed class ProviderDb(DbContextOptions<ProviderDb> options) : DbContext(options);

    /// <param name="port">0: any free port; a fixed one lets a test name the issuer before the provider runs.</param>
    public LocalOidcProvider(int port = 0)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_database)!);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddDbContext<ProviderDb>(o => o.UseSqlite($"Data Source={_database};Pooling=False").UseOpenIddict());
        builder.Services.AddOpenIddict()
            .AddCore(o => o.UseEntityFrameworkCore().UseDbContext<ProviderDb>())
            .AddServer(o =>
            {
                o.SetAuthorizationEndpointUris("connect/authorize").SetTokenEndpointUris("connect/token");
                o.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
                o.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
                o.DisableAccessTokenEncryption();
                o.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.Email, "groups");
                o.UseAspNetCore().EnableAuthorizationEndpointPassthrough().DisableTransportSecurityRequirement();
            });
        _app = builder.Build();
        _app.MapGet("/connect/authorize", Authorize);
    }

    public Uri Issuer => new(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    public async Task StartAsync()
    {
        using (var scope = _app.Services.CreateScope()) await scope.ServiceProvider.GetRequiredService<ProviderDb>().Database.EnsureCreatedAsync();
        await _app.StartAsync();
        // Ready means answering what Gatehouse reads first: the discovery document and its keys. Their first
        // answer is the provider's slowest (its OpenIddict pipeline and signing keys are built on first use);
        // it is awaited here, once, rather than inside a test's first sign-in on a loaded machine.
        // Awaited however long a loaded machine takes (in this run it was over 100 s), never guessed with a sleep.
        using var http = new HttpClient { BaseAddress = Issuer, Timeout = TimeSpan.FromMinutes(5) };
        var discovery = await http.GetFromJsonAsync<JsonElement>(".well-known/openid-configuration");
        (await http.GetAsync(discovery.GetProperty("jwks_uri").GetString())).EnsureSuccessStatusCode();
    }

    /// <summary>A loopback port nobody listens on (yet).</summary>
    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Registers Gatehouse as a confidential client allowed to come back to <paramref name="redirectUri"/>.</summary>
    public async Task RegisterClientAsync(Uri redirectUri)
    {
        using var scope = _app.Services.CreateScope();
        var manager = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        if (await manager.FindByClientIdAsync(ClientId) is { } existing) await manager.DeleteAsync(existing);
        await manager.CreateAsync(new OpenIddictApplicationDescriptor
        {
            ClientId = ClientId,
            ClientSecret = ClientSecret,
            ClientType = ClientTypes.Confidential,
            RedirectUris = { redirectUri },
            Permissions =
            {
                Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.GrantTypes.AuthorizationCode,
                Permissions.ResponseTypes.Code, Permissions.Scopes.Email, Permissions.Scopes.Profile, Permissions.Prefixes.Scope + "groups",
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        });
    }

    private IResult Authorize(HttpContext http)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        if (SignsIn is not { } account)
            return Results.Forbid(authenticationSchemes: [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, account.Subject).SetClaim(Claims.Email, account.Email).SetClaim(Claims.Name, account.Name)
            .SetClaim(Claims.PreferredUsername, account.Email.Split('@')[0]);
        identity.AddClaim(new Claim(Claims.EmailVerified, account.EmailVerified ? "true" : "false", ClaimValueTypes.Boolean));
        identity.SetClaims("groups", [.. account.Groups]);
        identity.SetScopes(request.GetScopes());
        identity.SetDestinations(_ => [Destinations.IdentityToken, Destinations.AccessToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { File.Delete(_database); } catch (IOException) { }
    }
}
