using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Gatehouse.Server.Features.SiteIntegration;

/// <summary>
/// Checks a connection JWT a site signed itself: the source is found by its issuer, then the token
/// must carry that issuer and audience, be signed with exactly the source's algorithm (never
/// <c>none</c>; an HS256 token is refused where RS256 is set, so a public key can never serve as a
/// shared secret), with one of the source's keys, within its lifetime on the server clock.
/// </summary>
public sealed class SiteSignedTokens(IOptionsMonitor<SiteOptions> options, JwksCache jwks, TimeProvider time)
{
    private static readonly JsonWebTokenHandler Handler = new() { MapInboundClaims = false };
    private readonly ConcurrentDictionary<string, SecurityKey> _pemKeys = new(StringComparer.Ordinal);

    public (string Name, SiteSourceOptions Source)? SourceOf(JsonWebToken unverified) =>
        options.CurrentValue.Sources.FirstOrDefault(s => s.Value.Issuer == unverified.Issuer) is { Value: not null } found
            ? (found.Key, found.Value) : null;

    public async Task<TokenValidationResult> ValidateAsync(string token, JsonWebToken unverified, string name, SiteSourceOptions source, CancellationToken ct)
    {
        var keys = source.Algorithm switch
        {
            "HS256" => [new SymmetricSecurityKey(Encoding.UTF8.GetBytes(source.Secret!))],
            _ when source.JwksUrl is { } url => await jwks.KeysAsync(url, source, unverified.Kid is { Length: > 0 } kid ? kid : null, ct),
            _ => [_pemKeys.GetOrAdd(name, _ => FromPem(source))],
        };
        return await Handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = source.Issuer,
            ValidAudience = source.Audience,
            ValidAlgorithms = [source.Algorithm],
            IssuerSigningKeys = keys,
            TryAllIssuerSigningKeys = true,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ClockSkew = source.ClockSkew,
            LifetimeValidator = ServerClock.Lifetime(time),
        });
    }

    private static SecurityKey FromPem(SiteSourceOptions source)
    {
        if (source.Algorithm == "RS256")
        {
            var rsa = RSA.Create();
            rsa.ImportFromPem(source.PublicKeyPem);
            return new RsaSecurityKey(rsa);
        }
        var ec = ECDsa.Create();
        ec.ImportFromPem(source.PublicKeyPem);
        return new ECDsaSecurityKey(ec);
    }
}
