namespace Gatehouse.Server.Infrastructure.Security;

/// <summary>Marks the one endpoint a public site key may call (analytics ingest).</summary>
public sealed record SiteKeyEndpoint;

/// <summary>
/// Public site keys (<c>X-Site-Key: gh_site_…</c>) authenticate anonymous visitors' events and open
/// nothing but the endpoints marked <see cref="AcceptsSiteKey{TBuilder}"/>; the Analytics feature
/// checks the key. A request that also carries <c>Authorization</c> is a member's: the key is ignored.
/// </summary>
public static class SiteKeyScheme
{
    public const string Name = "SiteKey";
    public const string Header = "X-Site-Key";

    public static bool Carries(HttpRequest request) => request.Headers.ContainsKey(Header) && !request.Headers.ContainsKey("Authorization");

    public static TBuilder AcceptsSiteKey<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new SiteKeyEndpoint());
}
