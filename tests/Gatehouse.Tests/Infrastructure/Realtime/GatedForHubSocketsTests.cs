using System.Collections.Concurrent;
using System.Net;
using System.Net.WebSockets;
using System.Security.Claims;
using System.Text;
using System.Text.Encodings.Web;
using Gatehouse.Server.Infrastructure.Realtime;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gatehouse.Tests.Infrastructure.Realtime;

/// <summary>
/// <see cref="RealtimeSocketPipeline.GatedForHubSockets"/> on a small app of its own (real Kestrel: the gate
/// reads the server's upgrade feature), with a policy that needs a permission: a hub socket is authenticated
/// and authorized as any request is, refused the same way, and what the gate's middlewares held is let go
/// before the connection goes on, which the same middlewares in place do not do.
/// </summary>
public sealed class GatedForHubSocketsTests : IAsyncLifetime
{
    private const string HubPath = "/hub";

    /// <summary>Stands for the actor's log scope: set inside the gate, it must reach the hub and nothing before the gate.</summary>
    private static readonly AsyncLocal<string?> Scope = new();

    private readonly Counters _counters = new();
    private WebApplication _app = null!;
    private Uri _base = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(_counters);
        builder.Services.AddRealtimeHubPath(HubPath);
        builder.Services.AddAuthentication(QueryUser.Name).AddScheme<AuthenticationSchemeOptions, QueryUser>(QueryUser.Name, null);
        builder.Services.AddAuthorizationBuilder().AddPolicy("hub.open", p => p.RequireClaim("perm", "hub.open"));
        _app = builder.Build();
        _app.UseWebSockets();
        _app.UseRouting();
        _app.Use((http, next) =>
        {
            var rest = next(http);
            // What a middleware before the gate sees once the request went on: never the member's scope.
            _counters.ScopesSeenBeforeTheGate.Enqueue(Scope.Value);
            return rest;
        });
        _app.GatedForHubSockets(b =>
        {
            b.UseAuthentication();
            b.Use(async (http, next) =>
            {
                Scope.Value = http.User.Identity?.Name;
                // Held only by this frame: alive while the frame awaits the rest, collected once it ended.
                var held = new object();
                http.Items["held"] = new WeakReference(held);
                await next(http);
                GC.KeepAlive(held);
            });
            b.UseAuthorization();
        });
        _app.Map(HubPath, Hub).RequireAuthorization("hub.open");
        await _app.StartAsync();
        _base = new Uri(_app.Urls.First());
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private static async Task Hub(HttpContext http)
    {
        Interlocked.Increment(ref http.RequestServices.GetRequiredService<Counters>().HubRuns);
        var held = (WeakReference)http.Items["held"]!;
        var seen = $"user={http.User.Identity?.Name} scope={Scope.Value}";
        if (!http.WebSockets.IsWebSocketRequest)
        {
            await Task.Yield();
            await http.Response.WriteAsync($"{seen} held={Alive(held)}");
            return;
        }
        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        await Task.Yield();
        await socket.SendAsync(Encoding.UTF8.GetBytes($"{seen} held={Alive(held)}"), WebSocketMessageType.Text, true, default);
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, default);
    }

    private static bool Alive(WeakReference held)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return held.IsAlive;
    }

    private async Task<(HttpStatusCode Status, string? Message)> SocketAsync(string query)
    {
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        var uri = new UriBuilder(_base) { Scheme = "ws", Path = HubPath, Query = query }.Uri;
        try
        {
            await socket.ConnectAsync(uri, CancellationToken.None);
        }
        catch (WebSocketException)
        {
            return (socket.HttpStatusCode, null);
        }
        var buffer = new byte[1024];
        var received = await socket.ReceiveAsync(buffer, CancellationToken.None);
        return (socket.HttpStatusCode, Encoding.UTF8.GetString(buffer, 0, received.Count));
    }

    [Fact]
    public async Task A_socket_without_credentials_is_refused_and_never_reaches_the_hub()
    {
        Assert.Equal((HttpStatusCode.Unauthorized, null), await SocketAsync(""));
        Assert.Equal(0, _counters.HubRuns);
        Assert.Equal(1, _counters.Authentications);
    }

    [Fact]
    public async Task A_socket_without_the_permission_is_refused_and_never_reaches_the_hub()
    {
        Assert.Equal((HttpStatusCode.Forbidden, null), await SocketAsync("user=ada"));
        Assert.Equal(0, _counters.HubRuns);
    }

    [Fact]
    public async Task A_socket_that_passes_goes_on_as_its_member_in_its_scope_with_the_gate_let_go()
    {
        var (status, message) = await SocketAsync("user=ada&perm=hub.open");
        Assert.Equal(HttpStatusCode.SwitchingProtocols, status);
        Assert.Equal("user=ada scope=ada held=False", message);
        Assert.Equal(1, _counters.HubRuns);
        Assert.Equal(1, _counters.Authentications); // the gate's, not the gate's and the pipeline's
        Assert.All(_counters.ScopesSeenBeforeTheGate, Assert.Null);
    }

    [Fact]
    public async Task Any_other_request_runs_the_same_middlewares_in_place()
    {
        using var client = new HttpClient { BaseAddress = _base };
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"{HubPath}?user=ada")).StatusCode);
        Assert.Equal("user=ada scope=ada held=True", await client.GetStringAsync($"{HubPath}?user=ada&perm=hub.open"));
        Assert.Equal(2, _counters.Authentications);
        Assert.Equal(1, _counters.HubRuns);
        Assert.All(_counters.ScopesSeenBeforeTheGate, Assert.Null);
    }

    private sealed class Counters
    {
        public int Authentications;
        public int HubRuns;
        public ConcurrentQueue<string?> ScopesSeenBeforeTheGate { get; } = new();
    }

    /// <summary>Signs in <c>?user=</c> with the permissions of <c>?perm=</c>, and counts every time it is asked.</summary>
    private sealed class QueryUser(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, Counters counters)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        public const string Name = "query";

        protected override Task<AuthenticateResult> HandleAuthenticateAsync()
        {
            Interlocked.Increment(ref counters.Authentications);
            if (Request.Query["user"].ToString() is not { Length: > 0 } user) return Task.FromResult(AuthenticateResult.NoResult());
            var claims = Request.Query["perm"].Select(p => new Claim("perm", p!)).Append(new Claim(ClaimTypes.Name, user));
            return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(claims, Name)), Name)));
        }
    }
}
