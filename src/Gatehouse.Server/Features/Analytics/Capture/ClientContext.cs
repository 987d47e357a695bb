using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Gatehouse.Server.Features.Analytics.Contracts;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Analytics.Capture;

/// <summary>The dimensions taken from the request itself: role, region (GeoIP when configured) and the stored address.</summary>
public sealed partial class ClientContext(RegionLookup regions, IOptions<AnalyticsOptions> options)
{
    /// <summary>The header where a client (the site SDK, the panel, a site's back end) names its own version.</summary>
    public const string VersionHeader = "X-Client-Version";

    /// <summary>A version string as segments store it: 1 to 32 letters, digits, '.', '-' or '+'.</summary>
    public static bool IsVersion(string text) => VersionPattern().IsMatch(text);

    /// <summary>The request's client version for the version segment (A/B comparisons); unknown when absent or malformed.</summary>
    public static string VersionOf(HttpRequest request) =>
        request.Headers[VersionHeader] is [{ } version] && IsVersion(version) ? version : AnalyticsDimensions.Unknown;

    [GeneratedRegex("^[A-Za-z0-9.+-]{1,32}$")]
    private static partial Regex VersionPattern();

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
