using System.Net;
using System.Net.Sockets;

namespace Gatehouse.Server.Infrastructure.Http;

/// <summary>
/// Decides which addresses a webhook may reach, at connect time: the host name is resolved and
/// every address is checked, so a DNS name pointing at an internal address (or changing to one
/// after the webhook was saved) is refused as well as a literal one.
/// </summary>
public static class SsrfGuard
{
    private static readonly IPNetwork[] Refused =
    [
        IPNetwork.Parse("0.0.0.0/8"), IPNetwork.Parse("10.0.0.0/8"), IPNetwork.Parse("100.64.0.0/10"), IPNetwork.Parse("127.0.0.0/8"),
        IPNetwork.Parse("169.254.0.0/16"), IPNetwork.Parse("172.16.0.0/12"), IPNetwork.Parse("192.0.0.0/24"), IPNetwork.Parse("192.168.0.0/16"),
        IPNetwork.Parse("198.18.0.0/15"), IPNetwork.Parse("224.0.0.0/4"), IPNetwork.Parse("240.0.0.0/4"),
        IPNetwork.Parse("::/128"), IPNetwork.Parse("::1/128"), IPNetwork.Parse("fc00::/7"), IPNetwork.Parse("fe80::/10"), IPNetwork.Parse("ff00::/8"),
        IPNetwork.Parse("64:ff9b::/96"),
    ];

    /// <summary>Why this address may not be reached, or null when it may.</summary>
    public static string? Refusal(IPAddress address, bool allowLoopback)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (IPAddress.IsLoopback(address)) return allowLoopback ? null : $"{address} is a loopback address";
        foreach (var network in Refused)
            if (network.Contains(address))
                return network.BaseAddress.ToString() == "169.254.0.0" ? $"{address} is a link-local (cloud metadata) address" : $"{address} is a private or reserved address";
        return null;
    }

    /// <summary>A <see cref="SocketsHttpHandler.ConnectCallback"/> that connects only to allowed addresses.</summary>
    public static Func<SocketsHttpConnectionContext, CancellationToken, ValueTask<Stream>> ConnectCallback(Func<bool> allowLoopback) =>
        async (context, ct) =>
        {
            var host = context.DnsEndPoint.Host;
            var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, ct);
            var allowed = addresses.Where(a => Refusal(a, allowLoopback()) is null).ToList();
            if (allowed.Count == 0)
                throw new WebhookRefusedException(addresses.Length == 0
                    ? $"{host} does not resolve"
                    : $"refused: {Refusal(addresses[0], allowLoopback())} ({host})");
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(allowed.ToArray(), context.DnsEndPoint.Port, ct);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        };
}

/// <summary>The guard refused the destination: no connection was made.</summary>
public sealed class WebhookRefusedException(string message) : IOException(message);
