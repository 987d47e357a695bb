namespace Gatehouse.Server.Features.SiteIntegration;

/// <summary><c>Gatehouse:Site</c>: connection tokens for a site's members.</summary>
public sealed class SiteOptions
{
    public const string Section = "Gatehouse:Site";

    /// <summary>How long a token minted by <c>POST /site-tokens</c> opens a connection (minutes, by design).</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The source name of members created through <c>POST /site-tokens</c> when the request names none.</summary>
    public string DefaultSource { get; set; } = "site";

    /// <summary>Every connection token (minted or site-signed) issued before this instant is refused.</summary>
    public DateTimeOffset? RevokeBefore { get; set; }

    /// <summary>Connections a source may open per minute (each source its own budget).</summary>
    public int ConnectionsPerMinute { get; set; } = 1200;

    /// <summary>Origins of the sites' pages allowed to open gateway connections (CORS), e.g. <c>https://shop.example.com</c>.</summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>Sites whose own signed connection JWTs are trusted, by source name.</summary>
    public Dictionary<string, SiteSourceOptions> Sources { get; set; } = new(StringComparer.Ordinal);
}

/// <summary>One site that signs its own connection JWTs.</summary>
public sealed class SiteSourceOptions
{
    /// <summary>Required <c>iss</c>: also how a token finds its source.</summary>
    public string Issuer { get; set; } = "";

    /// <summary>Required <c>aud</c>.</summary>
    public string Audience { get; set; } = "";

    /// <summary>The one algorithm accepted: HS256 (shared secret), RS256 or ES256 (public key or JWKS).</summary>
    public string Algorithm { get; set; } = "";

    /// <summary>HS256: the shared secret (at least 32 bytes).</summary>
    public string? Secret { get; set; }

    /// <summary>RS256/ES256: the site's public key (PEM).</summary>
    public string? PublicKeyPem { get; set; }

    /// <summary>RS256/ES256: where the site publishes its keys; fetched, cached, refetched on an unknown <c>kid</c>.</summary>
    public string? JwksUrl { get; set; }

    /// <summary>How long fetched keys are trusted before they are fetched again.</summary>
    public TimeSpan JwksRefresh { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>An unknown <c>kid</c> refetches the keys at most this often (a flood of bad tokens costs the site nothing).</summary>
    public TimeSpan JwksMinRefetch { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Create a member on first sight of an unknown <c>sub</c> (else unknown members are refused).</summary>
    public bool CreateMembers { get; set; }

    /// <summary>Tokens of this source issued before this instant are refused.</summary>
    public DateTimeOffset? RevokeBefore { get; set; }

    public static readonly string[] Algorithms = ["HS256", "RS256", "ES256"];

    /// <summary>What is wrong with this source's settings, or null.</summary>
    public string? Problem(string name)
    {
        if (string.IsNullOrWhiteSpace(Issuer) || string.IsNullOrWhiteSpace(Audience)) return $"Site source '{name}' needs an Issuer and an Audience.";
        if (!Algorithms.Contains(Algorithm)) return $"Site source '{name}': Algorithm must be one of {string.Join(", ", Algorithms)}.";
        if (Algorithm == "HS256" && (Secret is null || System.Text.Encoding.UTF8.GetByteCount(Secret) < 32))
            return $"Site source '{name}': HS256 needs a Secret of at least 32 bytes.";
        if (Algorithm != "HS256" && string.IsNullOrWhiteSpace(PublicKeyPem) == string.IsNullOrWhiteSpace(JwksUrl))
            return $"Site source '{name}': {Algorithm} needs exactly one of PublicKeyPem or JwksUrl.";
        return null;
    }
}
