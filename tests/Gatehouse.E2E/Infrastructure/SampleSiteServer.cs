using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Gatehouse.SampleSite;
using Microsoft.AspNetCore.Builder;

namespace Gatehouse.E2E.Infrastructure;

/// <summary>
/// The sample site (samples/Gatehouse.SampleSite), started once per run on its own loopback port
/// beside Gatehouse, with an API key holding site.tokens. Its port is chosen before Gatehouse starts,
/// so Gatehouse can allow the site's origin on its gateway.
/// </summary>
public sealed class SampleSiteServer : IAsyncDisposable
{
    public static readonly Uri Origin = new($"http://127.0.0.1:{FreePort()}");
    private WebApplication? _app;

    public static string ContentRoot => Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(GatehouseServer.WebDist))!, "samples", "Gatehouse.SampleSite");

    public async Task StartAsync(GatehouseServer gatehouse)
    {
        using var owner = await gatehouse.OwnerApiAsync();
        var key = await owner.PostAsJsonAsync("/api/v1/api-keys", new { name = "sample site", scopes = new[] { "site.tokens" } });
        key.EnsureSuccessStatusCode();
        var secret = (await key.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
        _app = SampleSiteApp.Build([
            $"--urls={Origin}", $"--contentRoot={ContentRoot}", $"--Gatehouse:Url={gatehouse.BaseAddress.ToString().TrimEnd('/')}",
            $"--Gatehouse:ApiKey={secret}", "--Logging:LogLevel:Default=Warning",
        ]);
        await _app.StartAsync();
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
    }
}
