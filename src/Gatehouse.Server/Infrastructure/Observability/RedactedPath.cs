using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Gatehouse.Server.Infrastructure.Observability;

/// <summary>
/// The request path as logs may show it. A path can carry a secret (an invite code in
/// <c>/invites/{code}/accept</c>), and a query string can carry a token (<c>?access_token=</c> on the
/// real-time endpoints), so logs never get the raw path: a matched route is rebuilt from its pattern
/// with the values of secret-bearing parameters replaced by <c>***</c>; an unmatched path keeps its
/// short segments and masks every token-like one; the query string is never written.
/// </summary>
public static partial class RedactedPath
{
    public const string Mask = "***";

    /// <summary>Route parameters whose value is a credential rather than an identifier.</summary>
    private static readonly HashSet<string> SecretParameters = new(StringComparer.OrdinalIgnoreCase) { "code", "token", "secret", "key" };

    public static string For(HttpContext http)
    {
        if (http.GetEndpoint() is RouteEndpoint endpoint) return FromPattern(endpoint, http.Request.RouteValues);
        return string.Join('/', (http.Request.Path.Value ?? "").Split('/').Select(MaskIfTokenLike));
    }

    private static string FromPattern(RouteEndpoint endpoint, RouteValueDictionary values)
    {
        var text = new StringBuilder();
        foreach (var segment in endpoint.RoutePattern.PathSegments)
        {
            text.Append('/');
            foreach (var part in segment.Parts)
                text.Append(part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternSeparatorPart separator => separator.Content,
                    RoutePatternParameterPart parameter when SecretParameters.Contains(parameter.Name) => Mask,
                    // A catch-all (the admin app's client routes) may hold a link's token: each of its segments is checked.
                    RoutePatternParameterPart parameter => string.Join('/', (Convert.ToString(values.GetValueOrDefault(parameter.Name), CultureInfo.InvariantCulture) ?? "")
                        .Split('/').Select(MaskIfTokenLike)),
                    _ => "",
                });
        }
        return text.Length == 0 ? "/" : text.ToString();
    }

    /// <summary>
    /// A segment of 16 or more characters that is not a GUID, a kebab-case word or a file name: what
    /// a code, a token or a key looks like (invite codes are 16 letters and digits).
    /// </summary>
    private static string MaskIfTokenLike(string segment) =>
        segment.Length >= 16 && !Guid.TryParseExact(segment, "D", out _) && !KebabWord().IsMatch(segment) && !FileName().IsMatch(segment) ? Mask : segment;

    [GeneratedRegex("^[a-z]+(-[a-z]+)*$")]
    private static partial Regex KebabWord();

    [GeneratedRegex(@"^[A-Za-z0-9_\-]+\.[a-z0-9]{1,5}$")]
    private static partial Regex FileName();
}
