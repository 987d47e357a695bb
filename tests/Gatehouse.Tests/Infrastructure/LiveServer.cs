using System.Collections.Concurrent;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Gatehouse.Tests.Infrastructure;

/// <summary>
/// What the real-time tests need on top of a <see cref="GatehouseApp"/>: real Kestrel on a
/// loopback port (WebSockets, Server-Sent Events and long polling go through real sockets) and a
/// fake clock that drives idle, grace and expiry sweeps, so no test sleeps.
/// </summary>
public interface ILiveApp
{
    FakeTimeProvider Clock { get; }
    Uri BaseAddress { get; }
    IServiceProvider Services { get; }
    /// <summary>Settings that point at this app's storage, so a second app can start on the same data.</summary>
    IReadOnlyDictionary<string, string?> Storage { get; }

    /// <summary>How much time a simulated restart lets pass on the clock (a real one takes seconds).</summary>
    public static readonly TimeSpan RestartTakes = TimeSpan.FromSeconds(3);

    /// <summary>Before starting: use <paramref name="previous"/>'s storage and continue from its clock (a restart).</summary>
    void ContinueFrom(ILiveApp previous);
}

public static class LiveServer
{
    /// <summary>Shared by the SQLite and PostgreSQL live apps.</summary>
    public static void Configure(IWebHostBuilder builder, FakeTimeProvider clock, IReadOnlyDictionary<string, string?> settings)
    {
        foreach (var (k, v) in settings) builder.UseSetting(k, v);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(clock);
            // Token lifetimes are checked by IdentityModel against DateTime.UtcNow; tokens are issued
            // on the fake clock, so check them on it too or a test that moves time would sign out.
            services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, o =>
                o.TokenValidationParameters.LifetimeValidator = (notBefore, expires, _, p) =>
                {
                    var now = clock.GetUtcNow().UtcDateTime;
                    return (notBefore is null || notBefore <= now + p.ClockSkew) && (expires is null || expires >= now - p.ClockSkew);
                });
        });
    }

    public static Uri AddressOf(IServiceProvider services) =>
        new(services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()
            .Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));

    /// <summary>Presence timings of the live tests: defaults, except a short slow-consumer timeout.</summary>
    public static readonly IReadOnlyDictionary<string, string?> PresenceSettings = new Dictionary<string, string?>
    {
        ["Presence:IdleAfter"] = "00:05:00",
        ["Presence:OfflineGrace"] = "00:00:10",
        ["Presence:SweepInterval"] = "00:00:01",
        ["Presence:SlowConsumerTimeout"] = "00:00:04",
    };
}

public class LiveSqliteApp : SqliteApp, ILiveApp
{
    private readonly ConcurrentDictionary<string, string?> _extra = new(LiveServer.PresenceSettings);

    public LiveSqliteApp() => UseKestrel(0);

    public FakeTimeProvider Clock { get; private set; } = new(DateTimeOffset.UtcNow);
    public Uri BaseAddress => LiveServer.AddressOf(Services);
    public IReadOnlyDictionary<string, string?> Storage => new Dictionary<string, string?> { ["Gatehouse:DataDirectory"] = DataDirectory };

    /// <summary>From a subclass's constructor: start the fake clock at a chosen instant (e.g. just before a daylight-saving change).</summary>
    protected void StartClockAt(DateTimeOffset at) => Clock = new FakeTimeProvider(at);

    public void ContinueFrom(ILiveApp previous)
    {
        foreach (var (k, v) in previous.Storage) _extra[k] = v;
        Clock = new FakeTimeProvider(previous.Clock.GetUtcNow() + ILiveApp.RestartTakes);
    }

    protected override IReadOnlyDictionary<string, string?> ExtraSettings => _extra;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        LiveServer.Configure(builder, Clock, _extra);
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        StartServer();
    }
}

public class LivePostgresApp : PostgresApp, ILiveApp
{
    private readonly ConcurrentDictionary<string, string?> _extra = new(LiveServer.PresenceSettings);

    public LivePostgresApp() => UseKestrel(0);

    public FakeTimeProvider Clock { get; private set; } = new(DateTimeOffset.UtcNow);
    public Uri BaseAddress => LiveServer.AddressOf(Services);
    public IReadOnlyDictionary<string, string?> Storage => new Dictionary<string, string?>
    {
        ["Gatehouse:DataDirectory"] = DataDirectory,
        ["ConnectionStrings:Postgres"] = ConnectionString,
    };

    /// <summary>From a subclass's constructor: start the fake clock at a chosen instant (e.g. just before a daylight-saving change).</summary>
    protected void StartClockAt(DateTimeOffset at) => Clock = new FakeTimeProvider(at);

    public void ContinueFrom(ILiveApp previous)
    {
        foreach (var (k, v) in previous.Storage) _extra[k] = v;
        Clock = new FakeTimeProvider(previous.Clock.GetUtcNow() + ILiveApp.RestartTakes);
    }

    protected override IReadOnlyDictionary<string, string?> ExtraSettings => _extra;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        LiveServer.Configure(builder, Clock, _extra);
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        StartServer();
    }
}
