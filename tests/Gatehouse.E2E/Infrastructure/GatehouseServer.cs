using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Gatehouse.E2E.Infrastructure;

/// <summary>
/// The real Gatehouse server on real Kestrel (a free loopback port), with a fresh SQLite data
/// directory and the built admin app from web/dist. The browser talks to it like to production.
/// </summary>
public sealed class GatehouseServer : WebApplicationFactory<Program>
{
    public const string OwnerEmail = "owner@gatehouse.test";
    public const string OwnerPassword = "Owner-Passw0rd!";

    /// <summary>
    /// The server shares this process with the Playwright client, and SQLite's "async" calls hold
    /// their thread: with the pool's default of one thread per core, a loaded machine left static
    /// files waiting seconds for a thread. Enough threads from the start keep the server responsive.
    /// </summary>
    static GatehouseServer() => Gatehouse.Tests.Infrastructure.TestThreads.EnsureMinimum();

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "gatehouse-e2e", Guid.NewGuid().ToString("N"));

    public GatehouseServer() => UseKestrel(o => o.Listen(IPAddress.Loopback, 0));

    public Uri BaseAddress { get; private set; } = null!;

    public static string WebDist
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Gatehouse.slnx")))
                    return Path.Combine(dir.FullName, "web", "dist");
            throw new InvalidOperationException("Cannot find the repository root (Gatehouse.slnx) above the test binaries.");
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        if (!File.Exists(Path.Combine(WebDist, "index.html")))
            throw new InvalidOperationException($"The admin app is not built ({WebDist}); run `npm ci && npm run build` in web/.");
        builder.UseEnvironment("Testing");
        var settings = new Dictionary<string, string?>
        {
            ["Gatehouse:DataDirectory"] = _dataDirectory,
            ["Gatehouse:Owner:Email"] = OwnerEmail,
            ["Gatehouse:Owner:Password"] = OwnerPassword,
            ["Gatehouse:Owner:Username"] = "owner",
            ["Gatehouse:Security:Argon2MemoryKb"] = "1024",
            ["Gatehouse:Security:Argon2Iterations"] = "1",
            ["Gatehouse:Security:LoginAttemptsPerIpPerMinute"] = "100000",
            ["Gatehouse:Web:Root"] = WebDist,
            ["Logging:LogLevel:Default"] = "Warning",
            // A closed SDK page turns its member offline quickly, so the live E2E test waits seconds, not ten.
            ["Presence:OfflineGrace"] = "00:00:02",
            // The sample site's pages connect to the gateway from their own origin.
            ["Gatehouse:Site:AllowedOrigins:0"] = SampleSiteServer.Origin.ToString().TrimEnd('/'),
            // The webhook journey posts to a receiver on loopback (development-only setting).
            ["Gatehouse:Webhooks:AllowLoopback"] = "true",
            // The scheduled-report journey mails a PDF to the real SMTP sink.
            ["Gatehouse:Smtp:Host"] = "127.0.0.1",
            ["Gatehouse:Smtp:Port"] = Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Gatehouse:Smtp:Security"] = "none",
            ["Gatehouse:Smtp:From"] = "Gatehouse <reports@gatehouse.test>",
        };
        foreach (var (k, v) in settings) builder.UseSetting(k, v);
    }

    /// <summary>The SMTP sink the server sends to: the test command's (GATEHOUSE_TEST_SMTP_PORT), or one of its own.</summary>
    public Gatehouse.Tests.Features.Alerts.SmtpSink Smtp { get; } = Gatehouse.Tests.Features.Alerts.SmtpSink.StartAsync().GetAwaiter().GetResult();

    public void Start()
    {
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
    }

    /// <summary>An HTTP client signed in as the owner, to arrange data through the API.</summary>
    public async Task<HttpClient> OwnerApiAsync()
    {
        var http = new HttpClient { BaseAddress = BaseAddress };
        var login = await http.PostAsJsonAsync("/api/v1/auth/login", new { email = OwnerEmail, password = OwnerPassword, refresh_in_body = true });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
        try { Directory.Delete(_dataDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
