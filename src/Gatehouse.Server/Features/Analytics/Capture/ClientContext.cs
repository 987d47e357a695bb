using System.Net;
using System.Net.Sockets;
using Gatehouse.Server.Features.Analytics.Contracts;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Analytics.Capture;

/// <summary>The dimensions taken from the request itself: role, region (GeoIP when configured) and the stored address.</summary>
public sealed class ClientContext(RegionLookup regions, IOptions<AnalyticsOptions> options)
{
    public string RoleOf(CurrentActor? actor) => actor?.IsOwner == true ? "owner" : actor?.TopRoleName ?? AnalyticsDimensions.Unknown;

    public (string Region, string? StoredIp) Locate(IPAddress? address)
    {
        if (address is null) return (AnalyticsDimensions.Unknown, null);
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        // The lookup sees the full address in memory; only the truncated one is ever stored.
        var region = regions.CountryOf(address);
        return (region, (options.Value.AnonymizeIp ? Truncate(address) : address).ToString());
    }

    /// <summary>Keeps the network part only: IPv4 /24, IPv6 /48.</summary>
    public static IPAddress Truncate(IPAddress address)
    {
        var bytes = address.GetAddressBytes();
        var keep = address.AddressFamily == AddressFamily.InterNetworkV6 ? 6 : 3;
        for (var i = keep; i < bytes.Length; i++) bytes[i] = 0;
        return new IPAddress(bytes);
    }
}
