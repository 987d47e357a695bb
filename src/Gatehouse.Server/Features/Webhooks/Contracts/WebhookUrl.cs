using System.Net;
using Gatehouse.Server.Infrastructure.Http;

namespace Gatehouse.Server.Features.Webhooks.Contracts;

/// <summary>What is wrong with a URL a signed webhook would be posted to, first problem first.</summary>
public enum WebhookUrlProblem
{
    None,

    /// <summary>Not an absolute http(s) URL of at most 2048 characters, or it carries credentials or a fragment.</summary>
    Malformed,

    /// <summary>Plain http, allowed only to a loopback host when loopback is allowed.</summary>
    NotHttps,

    /// <summary>A loopback host (when not allowed), or a private, loopback or link-local address written as an IP.</summary>
    InternalAddress,
}

/// <summary>
/// The one check of a webhook URL at the time it is saved (webhooks, alert channels, scheduled-report
/// recipients). Host names are checked again when the sender connects (<see cref="SsrfGuard"/>).
/// </summary>
public static class WebhookUrl
{
    public const int MaxLength = 2048;

    /// <param name="allowLoopback">The development setting that lets http and loopback hosts through.</param>
    /// <returns>The first problem, and the URL's host (for the message) when it parsed.</returns>
    public static (WebhookUrlProblem Problem, string? Host) Check(string? url, bool allowLoopback)
    {
        if (url is null || url.Length > MaxLength || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")
            || uri.UserInfo.Length > 0 || uri.Fragment.Length > 0)
            return (WebhookUrlProblem.Malformed, null);
        var loopback = uri.IsLoopback || uri.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase);
        if (uri.Scheme == "http" && !(allowLoopback && loopback)) return (WebhookUrlProblem.NotHttps, uri.Host);
        if ((loopback && !allowLoopback) || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && SsrfGuard.Refusal(ip, allowLoopback) is not null))
            return (WebhookUrlProblem.InternalAddress, uri.Host);
        return (WebhookUrlProblem.None, uri.Host);
    }
}
