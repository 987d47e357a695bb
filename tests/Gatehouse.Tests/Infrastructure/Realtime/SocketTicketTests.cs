using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text.Json;
using Gatehouse.Server.Infrastructure;
using Gatehouse.Tests.Features.Presence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Gatehouse.Tests.Infrastructure.Realtime;

/// <summary>
/// A hub's negotiate made with a token redirects (SignalR's own redirect) to the same hub with a socket ticket,
/// which the clients then negotiate and connect with: the long token never goes into a socket's URL
/// (docs/adr/hub-socket-ticket.md). The ticket opens the hubs only, briefly, and only while the member may.
/// </summary>
public abstract class SocketTicketTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp, ILiveApp, ITicketApp
{
    private const string Gateway = "/gateway?platform=web";
    private const string LiveHub = "/hubs/live";

    private async Task<string> TicketAsync(string hub, string token)
    {
        var (status, body) = await HubHandshakes.NegotiateAsync(app, hub, token);
        Assert.Equal(HttpStatusCode.OK, status);
        return body.GetProperty("accessToken").GetString()!;
    }

    private async Task<HttpStatusCode> NegotiateStatusAsync(string hub, string bearer) => (await HubHandshakes.NegotiateAsync(app, hub, bearer)).Status;

    [Fact]
    public async Task A_negotiate_with_a_token_redirects_to_the_same_hub_with_a_short_ticket_and_one_with_the_ticket_negotiates()
    {
        var ada = await app.PersonAsync();
        foreach (var hub in new[] { Gateway, LiveHub })
        {
            var (status, redirect) = await HubHandshakes.NegotiateAsync(app, hub, ada.Token);
            Assert.Equal(HttpStatusCode.OK, status);
            var separator = hub.Contains('?', StringComparison.Ordinal) ? '&' : '?';
            Assert.Equal(new Uri(app.BaseAddress, $"{hub}{separator}negotiateVersion=1").ToString(), redirect.GetProperty("url").GetString());
            var ticket = redirect.GetProperty("accessToken").GetString()!;
            Assert.StartsWith("gtm.", ticket, StringComparison.Ordinal);
            Assert.InRange(ticket.Length, 1, 100);
            Assert.False(redirect.TryGetProperty("connectionToken", out _));

            var (again, negotiated) = await HubHandshakes.NegotiateAsync(app, hub, ticket);
            Assert.Equal(HttpStatusCode.OK, again);
            Assert.False(negotiated.TryGetProperty("url", out _));
            Assert.NotEmpty(negotiated.GetProperty("connectionToken").GetString()!);
        }
    }

    [Fact]
    public async Task The_sockets_url_carries_the_ticket_and_never_the_token()
    {
        var ada = await app.PersonAsync();
        using var socket = await RawHubSocket.OpenAsync(new Uri(app.BaseAddress, Gateway), ada.Token);

        var opened = Assert.Single(app.HubRequests.Requests, r => r.IsSocket && r.Path == "/gateway" && r.NamesConnection && r.Query.Contains("access_token=gtm.", StringComparison.Ordinal));
        Assert.DoesNotContain(ada.Token, opened.Query, StringComparison.Ordinal);
        Assert.Equal(WebSocketState.Open, socket.State);
    }

    [Theory]
    [InlineData(HttpTransportType.WebSockets)]
    [InlineData(HttpTransportType.ServerSentEvents)]
    [InlineData(HttpTransportType.LongPolling)]
    public async Task The_official_client_follows_the_redirect_on_every_transport_and_presence_works(HttpTransportType transport)
    {
        var owner = await app.OwnerPersonAsync();
        var bo = await app.PersonAsync();
        await using var observer = await ObserverClient.SubscribeAsync(app, owner.Token, new { user_ids = new[] { bo.Id } }, transport);
        await using var gateway = await GatewayClient.ConnectAsync(app, bo.Token, "desktop", transport);
        Assert.Equal("online", (await observer.NextAsync(bo.Id, e => e.Status() == "online")).Status());
        await gateway.SetStatusAsync("dnd", "Ticketed");
        Assert.Equal("Ticketed", (await observer.NextAsync(bo.Id, e => e.Status() == "dnd")).GetProperty("status_message").GetString());

        // Every request of the connections themselves carried a ticket; the tokens went to the first negotiates only.
        var ofConnections = app.HubRequests.Requests.Where(r => r.NamesConnection && (r.Carries(owner.Token) || r.Carries(bo.Token) || r.Carries("gtm."))).ToList();
        Assert.NotEmpty(ofConnections);
        Assert.All(ofConnections, r => Assert.False(r.Carries(owner.Token) || r.Carries(bo.Token), $"{r.Method} {r.Path}{r.Query} carried a token"));
    }

    [Fact]
    public async Task A_long_poll_goes_on_with_its_ticket_after_the_ticket_expired()
    {
        var cy = await app.PersonAsync();
        await using var gateway = await GatewayClient.ConnectAsync(app, cy.Token, "web", HttpTransportType.LongPolling);
        await app.AdvanceAsync(TimeSpan.FromMinutes(2));
        Assert.Equal("idle", (await gateway.SetStatusAsync("idle")).Status());
    }

    [Fact]
    public async Task A_ticket_opens_no_endpoint_of_the_api()
    {
        var ada = await app.PersonAsync();
        var ticket = await TicketAsync(Gateway, ada.Token);
        using var client = new HttpClient { BaseAddress = app.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ticket);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/auth/me")).StatusCode);
        // Not even a stream that takes ?access_token= (it takes access tokens only).
        var owner = await app.OwnerPersonAsync();
        var ownerTicket = await TicketAsync(LiveHub, owner.Token);
        using var anonymous = new HttpClient { BaseAddress = app.BaseAddress };
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/v1/presence/stream?access_token={ownerTicket}")).StatusCode);
    }

    [Fact]
    public async Task An_expired_ticket_opens_nothing()
    {
        var ada = await app.PersonAsync();
        var ticket = await TicketAsync(Gateway, ada.Token);
        await app.AdvanceAsync(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(2));
        Assert.Equal(HttpStatusCode.Unauthorized, await NegotiateStatusAsync(Gateway, ticket));
        Assert.Equal(HttpStatusCode.Unauthorized, (await HubHandshakes.HandshakeAsync(app, $"{Gateway}&access_token={ticket}")).Status);
        // A negotiate is where a connection is created: naming one in its query does not make it a connection's request.
        Assert.Equal(HttpStatusCode.Unauthorized, await NegotiateStatusAsync($"{Gateway}&id=any", ticket));
        // A fresh one does.
        Assert.Equal(HttpStatusCode.OK, await NegotiateStatusAsync(Gateway, await TicketAsync(Gateway, ada.Token)));
    }

    [Fact]
    public async Task A_tampered_or_malformed_ticket_is_refused_with_401()
    {
        var ada = await app.PersonAsync();
        var ticket = await TicketAsync(Gateway, ada.Token);
        var tampered = ticket[..^4] + (ticket[^4..] == "AAAA" ? "BBBB" : "AAAA");
        foreach (var bad in new[] { tampered, "gtm.", "gtm.!!!not-base64!!!", "gtm.AAAA", "gts.AAAA", "gts." + ticket[4..], "gtm." + new string('A', 600) })
        {
            Assert.True(await NegotiateStatusAsync(Gateway, bad) == HttpStatusCode.Unauthorized, bad);
            Assert.True((await HubHandshakes.HandshakeAsync(app, $"{Gateway}&access_token={Uri.EscapeDataString(bad)}")).Status == HttpStatusCode.Unauthorized, bad);
        }
    }

    [Fact]
    public async Task A_site_members_ticket_opens_the_gateway_and_not_the_live_hub()
    {
        var (token, member) = await HubHandshakes.SiteMemberAsync(app, Api.Unique("tix"));
        var ticket = await TicketAsync(Gateway, token);
        Assert.StartsWith("gts.", ticket, StringComparison.Ordinal);
        Assert.True(ticket.Length <= 100, ticket);

        await using var gateway = await GatewayClient.ConnectAsync(app, token, "web");
        Assert.Equal(member, gateway.Ready.GetProperty("user_id").GetGuid());
        Assert.Equal(HttpStatusCode.Unauthorized, await NegotiateStatusAsync(LiveHub, ticket));
        Assert.Equal(HttpStatusCode.Unauthorized, (await HubHandshakes.HandshakeAsync(app, LiveHub, ticket)).Status);
    }

    [Fact]
    public async Task A_ticket_issued_before_the_session_was_revoked_or_the_member_disabled_or_banned_is_refused()
    {
        var owner = await app.OwnerPersonAsync();
        var kai = await app.PersonAsync();
        var kaiTicket = await TicketAsync(Gateway, kai.Token);
        await (await owner.Client.DeleteAsync($"/api/v1/users/{kai.Id}/sessions")).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.Unauthorized, await NegotiateStatusAsync(Gateway, kaiTicket));

        var lea = await app.PersonAsync();
        var leaTicket = await TicketAsync(LiveHub, lea.Token);
        await (await owner.Client.PostAsJsonAsync($"/api/v1/users/{lea.Id}/disable", new { reason = "left" })).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.Unauthorized, await NegotiateStatusAsync(LiveHub, leaTicket));

        var (token, member) = await HubHandshakes.SiteMemberAsync(app, Api.Unique("tixban"));
        var siteTicket = await TicketAsync(Gateway, token);
        await (await owner.Client.PostAsJsonAsync($"/api/v1/users/{member}/ban", new { reason = "spam links" })).ShouldBeAsync(HttpStatusCode.Created);
        var (status, problem) = await HubHandshakes.NegotiateAsync(app, Gateway, siteTicket);
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal("account-banned", problem.ProblemType());
    }

    [Fact]
    public async Task A_client_that_skips_negotiate_or_sends_its_token_in_the_header_connects_with_its_token_as_before()
    {
        var ada = await app.PersonAsync();
        await using var direct = new HubConnectionBuilder()
            .WithUrl(new Uri(app.BaseAddress, Gateway), o =>
            {
                o.SkipNegotiation = true;
                o.Transports = HttpTransportType.WebSockets;
                o.AccessTokenProvider = () => Task.FromResult<string?>(ada.Token);
            })
            .AddJsonProtocol(o => GatehouseJson.Configure(o.PayloadSerializerOptions))
            .Build();
        var ready = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        direct.On<JsonElement>("ready", r => ready.TrySetResult(r));
        await direct.StartAsync();
        Assert.Equal(ada.Id, (await ready.Task.WaitAsync(LiveClients.Timeout)).GetProperty("user_id").GetGuid());
        Assert.Equal(HttpStatusCode.SwitchingProtocols, (await HubHandshakes.HandshakeAsync(app, Gateway, ada.Token)).Status);
    }
}

/// <summary>A live app that records what reached its hubs.</summary>
public interface ITicketApp
{
    HubRequestRecorder HubRequests { get; }
}

public sealed class TicketSqliteApp : LiveSqliteApp, ITicketApp
{
    public HubRequestRecorder HubRequests { get; } = new();
    protected override void ConfigureTestServices(IServiceCollection services) => services.AddSingleton<IStartupFilter>(HubRequests);
}

public sealed class TicketPostgresApp : LivePostgresApp, ITicketApp
{
    public HubRequestRecorder HubRequests { get; } = new();
    protected override void ConfigureTestServices(IServiceCollection services) => services.AddSingleton<IStartupFilter>(HubRequests);
}

public sealed class SocketTicketTests_Sqlite(TicketSqliteApp app) : SocketTicketTests<TicketSqliteApp>(app);

public sealed class SocketTicketTests_Postgres(TicketPostgresApp app) : SocketTicketTests<TicketPostgresApp>(app);
