using System.Net;
using System.Net.Sockets;

namespace Gatehouse.Server.Infrastructure.Errors;

/// <summary>
/// Whether a URL is safe to hand to admins' browsers (avatars are hot-linked): absolute http(s),
/// no credentials, and no host that reaches into a private network — loopback, RFC 1918, carrier
/// NAT, link-local (cloud metadata at 169.254.169.254), unique-local IPv6, single-label intranet
/// names, <c>localhost</c> and well-known metadata names. A public name that resolves to a private
/// address is not caught here (the browser resolves it, not the server); that is what a
/// server-side avatar store would close.
/// </summary>
public static class PublicUrl
{
    private static readonly string[] ForbiddenNames = ["localhost", "metadata", "metadata.google.internal", "instance-data", "instance-data.ec2.internal"];

    public static string? Problem(string value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            return "url.format";
        if (uri.UserInfo.Length > 0) return "url.credentials";
        var host = uri.IdnHost.TrimEnd('.').ToLowerInvariant();
        if (IPAddress.TryParse(host.Trim('[', ']'), out var ip)) return IsPrivate(ip) ? "url.private_host" : null;
        if (!host.Contains('.', StringComparison.Ordinal) || ForbiddenNames.Contains(host)
            || host.EndsWith(".localhost", StringComparison.Ordinal) || host.EndsWith(".internal", StringComparison.Ordinal)
            || host.EndsWith(".local", StringComparison.Ordinal))
            return "url.private_host";
        return null;
    }

    public static bool IsPrivate(IPAddress ip)
    {
        if (ip.IsIPv4MappedToIPv6) ip = ip.MapToIPv4();
        if (IPAddress.IsLoopback(ip) || ip.Equals(IPAddress.Any) || ip.Equals(IPAddress.IPv6Any) || ip.Equals(IPAddress.IPv6None)) return true;
        if (ip.AddressFamily == AddressFamily.InterNetworkV6)
            return ip.IsIPv6LinkLocal || ip.IsIPv6SiteLocal || ip.IsIPv6UniqueLocal || ip.IsIPv6Multicast;
        var b = ip.GetAddressBytes();
        return b[0] switch
        {
            0 or 10 or 127 => true,
            100 => b[1] is >= 64 and <= 127,
            169 => b[1] == 254,
            172 => b[1] is >= 16 and <= 31,
            192 => b[1] == 168 || (b[1] == 0 && b[2] == 0),
            198 => b[1] is 18 or 19,
            >= 224 => true,
            _ => false,
        };
    }
}
