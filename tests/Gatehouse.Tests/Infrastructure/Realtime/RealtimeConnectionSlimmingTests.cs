using System.Diagnostics;
using System.Security.Claims;
using Gatehouse.Server.Infrastructure.Realtime;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Features.Authentication;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Gatehouse.Tests.Infrastructure.Realtime;

/// <summary>
/// What a hub's request keeps for its connection's life once slimmed: the user, and nothing of the actor, the
/// request's scope, the authentication result or the query's token; and no frame of the slimming's own.
/// </summary>
public sealed class RealtimeConnectionSlimmingTests
{
    private sealed class Conventions : IEndpointConventionBuilder
    {
        public List<Action<EndpointBuilder>> All { get; } = [];
        public void Add(Action<EndpointBuilder> convention) => All.Add(convention);
    }

    /// <summary>What the authentication middleware sets (its own class is internal).</summary>
    private sealed class Authenticated(AuthenticateResult result) : IAuthenticateResultFeature, IHttpAuthenticationFeature
    {
        public AuthenticateResult? AuthenticateResult { get; set; } = result;
        public ClaimsPrincipal? User { get; set; } = result.Principal;
    }

    [Fact]
    public void A_hub_request_keeps_the_user_only_and_goes_on_without_a_frame_of_its_own()
    {
        var conventions = new Conventions();
        conventions.WithSlimConnections();
        var rest = new TaskCompletionSource();
        var endpoint = new RouteEndpointBuilder(_ => rest.Task, RoutePatternFactory.Parse("/gateway"), 0);
        foreach (var convention in conventions.All) convention(endpoint);

        using var services = new ServiceCollection().AddScoped<CurrentActor>().BuildServiceProvider();
        var http = new DefaultHttpContext();
        http.Features.Set<IServiceProvidersFeature>(new RequestServicesFeature(http, services.GetRequiredService<IServiceScopeFactory>()));
        var actor = http.RequestServices.GetRequiredService<CurrentActor>();
        actor.Load(new ActorIdentity(Guid.NewGuid(), "ada", IsOwner: false, Rank: 1), Guid.NewGuid(), ["presence.read"]);
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", "ada")], "test"));
        var properties = new AuthenticationProperties { IssuedUtc = DateTimeOffset.UtcNow, ExpiresUtc = DateTimeOffset.UtcNow.AddHours(1) };
        var authenticated = new Authenticated(AuthenticateResult.Success(new AuthenticationTicket(user, properties, "test")));
        http.Features.Set<IAuthenticateResultFeature>(authenticated);
        http.Features.Set<IHttpAuthenticationFeature>(authenticated);
        http.Request.QueryString = new QueryString("?platform=web&access_token=secret");

        Assert.Same(rest.Task, endpoint.RequestDelegate!(http));

        Assert.Same(user, http.User);
        Assert.Null(http.Features.Get<IAuthenticateResultFeature>());
        Assert.Null(actor.UserId);
        Assert.NotSame(actor, http.RequestServices.GetRequiredService<CurrentActor>());
        Assert.Equal("?platform=web", http.Request.QueryString.Value);
    }

    [Fact]
    public void An_untraced_socket_lets_go_of_its_activity_tags_and_a_traced_request_keeps_them()
    {
        var conventions = new Conventions();
        conventions.WithSlimConnections();
        var endpoint = new RouteEndpointBuilder(_ => Task.CompletedTask, RoutePatternFactory.Parse("/gateway"), 0);
        foreach (var convention in conventions.All) convention(endpoint);
        using var services = new ServiceCollection().BuildServiceProvider();
        DefaultHttpContext Request()
        {
            var http = new DefaultHttpContext();
            http.Features.Set<IServiceProvidersFeature>(new RequestServicesFeature(http, services.GetRequiredService<IServiceScopeFactory>()));
            return http;
        }

        // What the host gives a request's activity at its start; the socket's is not sampled (ObservabilityModule).
        using (var untraced = new Activity("Microsoft.AspNetCore.Hosting.HttpRequestIn").SetTag("http.request.method", "GET").SetTag("url.path", "/gateway").Start())
        {
            endpoint.RequestDelegate!(Request());
            Assert.False(untraced.Recorded);
            Assert.Empty(untraced.TagObjects);
            Assert.Same(untraced, Activity.Current); // its ids still name the connection's log lines
        }

        using var traced = new Activity("Microsoft.AspNetCore.Hosting.HttpRequestIn").SetTag("url.path", "/hubs/live");
        traced.ActivityTraceFlags = ActivityTraceFlags.Recorded;
        traced.Start();
        endpoint.RequestDelegate!(Request());
        Assert.Equal("/hubs/live", traced.GetTagItem("url.path"));
    }
}
