using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Gatehouse.Server.Features.Auth;
using Gatehouse.Server.Infrastructure;
using Gatehouse.Tests.Features.Presence;
using Gatehouse.Tests.Infrastructure.Observability;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gatehouse.Tests.Infrastructure.Realtime;

/// <summary>
/// WebSocket handshakes to the hubs, sent straight (as a client that skips negotiate does), so the socket's
/// own request is what authentication and authorization decide on: they run there as a gate
/// (<c>RealtimeSocketPipeline.GatedForHubSockets</c>), and refuse it with the same answers as any request.
/// </summary>
public abstract class HubSocketGateTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp, ILiveApp, ILoggedApp
{
    private static readonly string[] Hubs = ["/gateway?platform=web", "/hubs/live"];

    private Task<(HttpStatusCode Status, JsonElement Problem, HttpResponseHeaders Headers)> HandshakeAsync(string pathAndQuery, string? bearer = null) =>
        HubHandshakes.HandshakeAsync(app, pathAndQuery, bearer);

    private Task<(string Token, Guid UserId)> SiteMemberAsync(string source) => HubHandshakes.SiteMemberAsync(app, source);

    /// <summary>The official client with negotiate skipped: its first request is the WebSocket itself.</summary>
    private HubConnection SocketOnly(string path, string token) =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(app.BaseAddress, path), o =>
            {
                o.SkipNegotiation = true;
                o.Transports = HttpTransportType.WebSockets;
                o.AccessTokenProvider = () => Task.FromResult<string?>(token);
            })
            .AddJsonProtocol(o => GatehouseJson.Configure(o.PayloadSerializerOptions))
            .Build();

    [Fact]
    public async Task A_socket_without_a_token_or_with_a_forged_one_is_refused_at_the_handshake()
    {
        var ada = await app.PersonAsync();
        var forged = ada.Token[..^6] + (ada.Token[^6..] == "AAAAAA" ? "BBBBBB" : "AAAAAA");
        foreach (var hub in Hubs)
        {
            var (status, problem, _) = await HandshakeAsync(hub);
            Assert.Equal(HttpStatusCode.Unauthorized, status);
            Assert.Equal("unauthorized", problem.ProblemType());

            var separator = hub.Contains('?', StringComparison.Ordinal) ? '&' : '?';
            (status, problem, var headers) = await HandshakeAsync($"{hub}{separator}access_token={forged}");
            Assert.Equal(HttpStatusCode.Unauthorized, status);
            Assert.Equal("unauthorized", problem.ProblemType());
            Assert.Contains("invalid_token", headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);

            Assert.Equal(HttpStatusCode.SwitchingProtocols, (await HandshakeAsync(hub, ada.Token)).Status);
        }
    }

    [Fact]
    public async Task A_refusal_at_the_handshake_speaks_the_language_asked_for()
    {
        foreach (var hub in Hubs)
        {
            var (status, problem, _) = await HubHandshakes.HandshakeAsync(app, hub, language: "fr");
            Assert.Equal(HttpStatusCode.Unauthorized, status);
            Assert.StartsWith("Connectez-vous d'abord", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
            (status, problem, _) = await HubHandshakes.HandshakeAsync(app, hub, language: "en");
            Assert.StartsWith("Sign in first", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
    }

    /// <summary>A site's member connects once and stays: their copy of the actor would be kept as long, for nothing.</summary>
    [Fact]
    public async Task A_hub_handshake_does_not_keep_the_member_in_the_actor_cache_an_api_request_does()
    {
        var cache = app.Services.GetRequiredService<ActorAccessCache>();
        var (token, member) = await SiteMemberAsync(Api.Unique("cache"));
        Assert.Equal(HttpStatusCode.OK, (await HubHandshakes.NegotiateAsync(app, Hubs[0], token)).Status);
        Assert.Equal(HttpStatusCode.SwitchingProtocols, (await HandshakeAsync(Hubs[0], token)).Status);
        Assert.False(cache.Holds(member));

        var ada = await app.PersonAsync();
        await ada.Client.GetJsonAsync("/api/v1/auth/me");
        Assert.True(cache.Holds(ada.Id));
    }

    [Fact]
    public async Task A_disabled_member_and_a_banned_site_member_are_refused_at_the_handshake()
    {
        var owner = await app.OwnerPersonAsync();
        var zoe = await app.PersonAsync();
        Assert.Equal(HttpStatusCode.SwitchingProtocols, (await HandshakeAsync(Hubs[0], zoe.Token)).Status);
        await (await owner.Client.PostAsJsonAsync($"/api/v1/users/{zoe.Id}/disable", new { reason = "left" })).ShouldBeAsync(HttpStatusCode.OK);
        foreach (var hub in Hubs) Assert.Equal(HttpStatusCode.Unauthorized, (await HandshakeAsync(hub, zoe.Token)).Status);

        var (token, member) = await SiteMemberAsync(Api.Unique("ban"));
        await (await owner.Client.PostAsJsonAsync($"/api/v1/users/{member}/ban", new { reason = "spam links" })).ShouldBeAsync(HttpStatusCode.Created);
        var (status, problem, _) = await HandshakeAsync(Hubs[0], token);
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal("account-banned", problem.ProblemType());
        Assert.Contains("spam links", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_source_over_its_connection_rate_is_refused_at_the_handshake()
    {
        var (token, _) = await SiteMemberAsync(Api.Unique("burst"));
        for (var i = 0; i < GateSettings.ConnectionsPerMinute; i++)
            Assert.Equal(HttpStatusCode.SwitchingProtocols, (await HandshakeAsync(Hubs[0], token)).Status);
        var (status, problem, headers) = await HandshakeAsync(Hubs[0], token);
        Assert.Equal(HttpStatusCode.TooManyRequests, status);
        Assert.Equal("rate-limited", problem.ProblemType());
        Assert.Equal("60", headers.RetryAfter?.ToString());
    }

    [Fact]
    public async Task A_site_token_opens_the_gateway_socket_and_not_the_live_hubs()
    {
        var (token, member) = await SiteMemberAsync(Api.Unique("open"));
        await using var gateway = SocketOnly(Hubs[0], token);
        var ready = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        gateway.On<JsonElement>("ready", r => ready.TrySetResult(r));
        await gateway.StartAsync();
        Assert.Equal(member, (await ready.Task.WaitAsync(LiveClients.Timeout)).GetProperty("user_id").GetGuid());

        // The live hub is the admin panel's: authorization challenges a connection token there.
        var (status, problem, _) = await HandshakeAsync(Hubs[1], token);
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("unauthorized", problem.ProblemType());
    }

    [Fact]
    public async Task Over_a_socket_the_hub_answers_as_the_member_and_its_log_lines_name_them()
    {
        var ada = await app.PersonAsync();
        await using var gateway = SocketOnly(Hubs[0], ada.Token);
        var ready = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        gateway.On<JsonElement>("ready", r => ready.TrySetResult(r));
        await gateway.StartAsync();
        Assert.Equal(ada.Id, (await ready.Task.WaitAsync(LiveClients.Timeout)).GetProperty("user_id").GetGuid());
        await using var live = SocketOnly(Hubs[1], ada.Token);
        await live.StartAsync();

        // SignalR's handshake lines are written on the connection, after the gate: the member's scope came along.
        var named = $"user_id={ada.Id}";
        await PresenceTestKit.UntilAsync(() => app.Logs.Lines.Count(l => l.StartsWith("Microsoft.AspNetCore.SignalR", StringComparison.Ordinal)
            && l.Contains("handshake", StringComparison.OrdinalIgnoreCase) && l.Contains(named, StringComparison.Ordinal)) >= 2,
            "both hubs' handshake lines name the member");
        // And a request of the API, in place, as before: its authorization's line names the member the same way.
        await ada.Client.GetJsonAsync("/api/v1/auth/me");
        Assert.Contains(app.Logs.Lines, l => l.StartsWith("Microsoft.AspNetCore.Authorization", StringComparison.Ordinal)
            && l.Contains($"scope:user_id:{ada.Id} {named}", StringComparison.Ordinal));
    }
}

/// <summary>A low connection rate per site source, SignalR's and authorization's debug lines recorded.</summary>
internal static class GateSettings
{
    public const int ConnectionsPerMinute = 2;

    public static readonly IReadOnlyDictionary<string, string?> All = new Dictionary<string, string?>
    {
        ["Gatehouse:Site:ConnectionsPerMinute"] = ConnectionsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Logging:LogLevel:Microsoft.AspNetCore.SignalR"] = "Debug",
        ["Logging:LogLevel:Microsoft.AspNetCore.Authorization"] = "Debug",
    };
}

public sealed class GateSqliteApp : LiveSqliteApp, ILoggedApp
{
    public RecordingLoggerProvider Logs { get; } = new();
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => base.ExtraSettings.Concat(GateSettings.All).ToDictionary();
    protected override void ConfigureTestServices(IServiceCollection services) => services.AddSingleton<ILoggerProvider>(Logs);
}

public sealed class GatePostgresApp : LivePostgresApp, ILoggedApp
{
    public RecordingLoggerProvider Logs { get; } = new();
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => base.ExtraSettings.Concat(GateSettings.All).ToDictionary();
    protected override void ConfigureTestServices(IServiceCollection services) => services.AddSingleton<ILoggerProvider>(Logs);
}

public sealed class HubSocketGateTests_Sqlite(GateSqliteApp app) : HubSocketGateTests<GateSqliteApp>(app);

public sealed class HubSocketGateTests_Postgres(GatePostgresApp app) : HubSocketGateTests<GatePostgresApp>(app);
