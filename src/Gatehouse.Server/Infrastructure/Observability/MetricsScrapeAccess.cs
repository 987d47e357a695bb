using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Infrastructure.Observability;

/// <summary>Who may read <c>/metrics</c>: a scraper from an allowed network, or a caller (member or API key) holding the permission.</summary>
public sealed record MetricsScrapeRequirement : IAuthorizationRequirement;

/// <summary>
/// Grants <see cref="MetricsScrapeRequirement"/>. The network rule is the usual way in (a Prometheus
/// on the same host or in the operator's monitoring network); a request that still carries
/// <c>X-Forwarded-For</c> came through a proxy that is not trusted, so its address says nothing
/// about the real client and the network rule does not apply to it (behind a same-host nginx
/// every request would otherwise look local).
/// </summary>
public sealed class MetricsScrapeAccess(CurrentActor actor, IOptions<ObservabilityOptions> options) : AuthorizationHandler<MetricsScrapeRequirement>
{
    public const string Policy = "metrics-scrape";

    /// <summary>The catalogue permission a credentialed scraper needs (Infrastructure names it as text: it depends on no feature).</summary>
    public const string Permission = "settings.manage";

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, MetricsScrapeRequirement requirement)
    {
        if (context.Resource is HttpContext http && FromAllowedNetwork(http, options.Value)) context.Succeed(requirement);
        else if (actor.Has(Permission) && !actor.MustEnrolTwoFactor) context.Succeed(requirement);
        else context.Fail(new AuthorizationFailureReason(this, Permission));
        return Task.CompletedTask;
    }

    private static bool FromAllowedNetwork(HttpContext http, ObservabilityOptions options)
    {
        if (http.Request.Headers.ContainsKey("X-Forwarded-For")) return false;
        var ip = http.Connection.RemoteIpAddress is { IsIPv4MappedToIPv6: true } mapped ? mapped.MapToIPv4() : http.Connection.RemoteIpAddress;
        return ip is not null && ClientNetworks.Parse(options.MetricsAllowedNetworks).Any(n => n.Contains(ip));
    }
}
