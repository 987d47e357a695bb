namespace Gatehouse.Server.Features.SiteIntegration;

/// <summary>The claims of a site member's connection: all the gateway (and a socket ticket) needs of it.</summary>
public static class SiteClaims
{
    public const string Subject = "sub";
    public const string Source = "site_source";

    /// <summary>When the connection token was issued, in unix seconds (revocation times apply to it).</summary>
    public const string TokenIssuedAt = "iat";
}
