using System.Net;
using Gatehouse.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Gatehouse.Tests.Features.Auth;

/// <summary>
/// A fake clock that says when a timer of a given length is armed, so a test can wait for the
/// server to start waiting (the sign-in backstop) instead of sleeping.
/// </summary>
public sealed class SignallingClock(DateTimeOffset start) : FakeTimeProvider(start)
{
    private readonly Lock _gate = new();
    private readonly List<(TimeSpan Due, TaskCompletionSource Armed)> _watches = [];

    public Task TimerArmed(TimeSpan due)
    {
        var armed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate) _watches.Add((due, armed));
        return armed.Task;
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        lock (_gate)
            foreach (var w in _watches.Where(w => w.Due == dueTime).ToList())
            {
                _watches.Remove(w);
                w.Armed.TrySetResult();
            }
        return timer;
    }
}

/// <summary>
/// The sign-in and refresh guards under test: tight limits, a fake clock, and a test-only header
/// that sets the client address (TestServer has none), so each test can play several sources.
/// </summary>
public interface IGuardedSignInApp
{
    SignallingClock Clock { get; }
    public const string ClientIpHeader = "X-Test-Client-Ip";

    public static readonly IReadOnlyDictionary<string, string?> Settings = new Dictionary<string, string?>
    {
        ["Gatehouse:Security:LoginAttemptsPerIpPerMinute"] = "8",
        ["Gatehouse:Security:RefreshPerIpPerMinute"] = "4",
        ["Gatehouse:Security:LockoutThreshold"] = "5",
        ["Gatehouse:Security:BackstopThreshold"] = "12",
        ["Gatehouse:Security:BackstopDelay"] = "00:00:07",
        ["Gatehouse:Security:RefreshReuseGrace"] = "00:00:10",
    };

    private static int _nextIp;

    /// <summary>Each client is its own source unless a test says otherwise.</summary>
    public static void GiveOwnAddress(HttpClient client)
    {
        var n = Interlocked.Increment(ref _nextIp);
        client.DefaultRequestHeaders.Add(ClientIpHeader, $"10.{(n >> 16) & 255}.{(n >> 8) & 255}.{n & 255}");
    }

    public static void Configure(IWebHostBuilder builder, SignallingClock clock)
    {
        LiveServer.Configure(builder, clock, Settings);
        builder.ConfigureTestServices(s => s.AddSingleton<IStartupFilter>(new ClientIpFromHeader()));
    }

    private sealed class ClientIpFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((http, nextMiddleware) =>
            {
                if (IPAddress.TryParse(http.Request.Headers[ClientIpHeader], out var ip)) http.Connection.RemoteIpAddress = ip;
                return nextMiddleware(http);
            });
            next(app);
        };
    }
}

public sealed class GuardedSignInSqliteApp : SqliteApp, IGuardedSignInApp
{
    public SignallingClock Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        IGuardedSignInApp.Configure(builder, Clock);
    }

    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        IGuardedSignInApp.GiveOwnAddress(client);
    }
}

public sealed class GuardedSignInPostgresApp : PostgresApp, IGuardedSignInApp
{
    public SignallingClock Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        IGuardedSignInApp.Configure(builder, Clock);
    }

    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        IGuardedSignInApp.GiveOwnAddress(client);
    }
}
