using System.Net;
using Gatehouse.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Gatehouse.Tests.Features.Auth;

/// <summary>
/// The audit export is fenced to one network; X-Forwarded-For counts only when it comes from the
/// configured proxy, so a client cannot talk its way in with a header.
/// </summary>
public abstract class NetworkAllowlistTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp
{
    public static readonly IReadOnlyDictionary<string, string?> Settings = new Dictionary<string, string?>
    {
        ["Gatehouse:Security:IpAllowlist:AuditExport"] = "203.0.113.0/24, 2001:db8::1",
        ["Gatehouse:Security:TrustedProxies"] = "10.9.9.9",
    };

    public static void Configure(IWebHostBuilder builder)
    {
        foreach (var (k, v) in Settings) builder.UseSetting(k, v);
        builder.ConfigureTestServices(s => s.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter>(new ClientIpFromHeader()));
    }

    private async Task<HttpResponseMessage> ExportAsync(string from, string? forwardedFor, string path = "/api/v1/audit/export?format=json")
    {
        using var owner = await app.OwnerAsync();
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add(IGuardedSignInApp.ClientIpHeader, from);
        if (forwardedFor is not null) request.Headers.Add("X-Forwarded-For", forwardedFor);
        return await owner.SendAsync(request);
    }

    [Theory]
    [InlineData("203.0.113.5", null, HttpStatusCode.OK)]
    [InlineData("2001:db8::1", null, HttpStatusCode.OK)]
    [InlineData("198.51.100.1", null, HttpStatusCode.Forbidden)]
    [InlineData("198.51.100.1", "203.0.113.5", HttpStatusCode.Forbidden)] // not a trusted proxy: the header is ignored
    [InlineData("10.9.9.9", "203.0.113.5", HttpStatusCode.OK)] // the trusted proxy vouches for an allowed client
    [InlineData("10.9.9.9", "198.51.100.1", HttpStatusCode.Forbidden)]
    [InlineData("10.9.9.9", "203.0.113.5, 198.51.100.1", HttpStatusCode.Forbidden)] // a claimed address left of the proxy's own hop is not believed
    public async Task The_audit_export_answers_only_inside_its_networks(string from, string? forwardedFor, HttpStatusCode expected)
    {
        var response = await ExportAsync(from, forwardedFor);
        var body = await response.ShouldBeAsync(expected);
        if (expected == HttpStatusCode.Forbidden) Assert.Equal("network-not-allowed", body.ProblemType());
    }

    [Fact]
    public async Task Only_the_fenced_area_is_fenced_and_refusals_are_audited()
    {
        await (await ExportAsync("198.51.100.2", null, "/api/v1/audit?limit=1")).ShouldBeAsync(HttpStatusCode.OK);
        await (await ExportAsync("198.51.100.2", null)).ShouldBeAsync(HttpStatusCode.Forbidden);
        var entries = await (await ExportAsync("203.0.113.9", null, "/api/v1/audit?action=access.network_refused&limit=50")).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Contains(entries.GetProperty("items").EnumerateArray(), e => e.GetProperty("payload").GetProperty("ip").GetString() == "198.51.100.2");
    }
}

public sealed class AllowlistSqliteApp : SqliteApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        NetworkAllowlistTests<AllowlistSqliteApp>.Configure(builder);
    }
}

public sealed class AllowlistPostgresApp : PostgresApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        NetworkAllowlistTests<AllowlistPostgresApp>.Configure(builder);
    }
}

public sealed class NetworkAllowlistTests_Sqlite(AllowlistSqliteApp app) : NetworkAllowlistTests<AllowlistSqliteApp>(app);

public sealed class NetworkAllowlistTests_Postgres(AllowlistPostgresApp app) : NetworkAllowlistTests<AllowlistPostgresApp>(app);
