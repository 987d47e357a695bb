using System.Net;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Infrastructure.Security;

/// <summary>
/// Where a request comes from, and whether that place may reach a sensitive area.
/// <c>X-Forwarded-For</c>/<c>-Proto</c> are believed only from <c>Gatehouse:Security:TrustedProxies</c>
/// (none by default, so a client cannot claim an address); <c>Gatehouse:Security:IpAllowlist:&lt;Area&gt;</c>
/// lists the networks allowed into an area (none = anyone who holds the permission). Refusals are audited.
/// </summary>
public static class ClientNetworks
{
    /// <summary>Areas an operator can fence; an endpoint joins one with <see cref="RequireAllowedNetwork{TBuilder}"/>.</summary>
    public const string AuditExport = "AuditExport";

    public static IServiceCollection AddTrustedProxies(this IServiceCollection services, IConfiguration configuration)
    {
        var trusted = Parse(configuration[$"{GatehouseOptions.Section}:Security:TrustedProxies"]);
        // A typo in an allowlist fails the start, not the first request into the area.
        foreach (var area in configuration.GetSection($"{GatehouseOptions.Section}:Security:IpAllowlist").GetChildren()) Parse(area.Value);
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var network in trusted) o.KnownIPNetworks.Add(network);
            // Walk back through every trusted hop, stopping at the first address that is not one.
            o.ForwardLimit = null;
        });
        return services;
    }

    public static TBuilder RequireAllowedNetwork<TBuilder>(this TBuilder builder, string area) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var allowed = Parse(http.RequestServices.GetRequiredService<IOptions<GatehouseOptions>>().Value.Security.IpAllowlist.GetValueOrDefault(area));
            var ip = http.Connection.RemoteIpAddress is { IsIPv4MappedToIPv6: true } mapped ? mapped.MapToIPv4() : http.Connection.RemoteIpAddress;
            if (allowed.Count == 0 || (ip is not null && allowed.Any(n => n.Contains(ip)))) return await next(context);
            await http.RequestServices.GetRequiredService<IRefusalLog>().RecordAsync(
                "access.network_refused", $"{http.Request.Method} {http.Request.Path}", new { area, ip = ClientInfo.Ip(http) },
                denied: true, http.RequestAborted);
            return Problems.Forbidden("network-not-allowed", Messages.Get("network.refused", area));
        });

    /// <summary>Comma-separated addresses or CIDR networks (<c>10.0.0.0/8, 192.0.2.7</c>).</summary>
    public static List<System.Net.IPNetwork> Parse(string? list) =>
        [.. (list ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(entry =>
            entry.Contains('/', StringComparison.Ordinal) ? System.Net.IPNetwork.Parse(entry) : Single(IPAddress.Parse(entry)))];

    private static System.Net.IPNetwork Single(IPAddress ip) => new(ip, ip.GetAddressBytes().Length * 8);
}
