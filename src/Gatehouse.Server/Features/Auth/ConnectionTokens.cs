using System.Security.Claims;
using System.Security.Cryptography;
using Gatehouse.Server.Features.Auth.Contracts;
using Gatehouse.Server.Infrastructure;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Gatehouse.Server.Features.Auth;

/// <summary>Signs connection tokens with the same rotating ES256 keys as access tokens, under another audience.</summary>
public sealed class ConnectionTokens(SigningKeyStore keys, IOptions<GatehouseOptions> options, TimeProvider time) : IConnectionTokens
{
    private const string SourceClaim = "src";
    private const string ExternalIdClaim = "ext";
    private static readonly JsonWebTokenHandler Handler = new() { MapInboundClaims = false };

    public async Task<IssuedConnectionToken> IssueAsync(Guid userId, string source, string externalId, TimeSpan lifetime, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var token = Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Value.Security.Issuer,
            Audience = IConnectionTokens.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            Subject = new ClaimsIdentity([
                new Claim(JwtRegisteredClaimNames.Sub, userId.ToString()),
                new Claim(SourceClaim, source),
                new Claim(ExternalIdClaim, externalId),
                new Claim(JwtRegisteredClaimNames.Jti, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12))),
            ]),
            SigningCredentials = new SigningCredentials(await keys.CurrentAsync(ct), SecurityAlgorithms.EcdsaSha256),
        });
        return new IssuedConnectionToken(token, now, now + lifetime);
    }

    public async Task<ConnectionTokenClaims?> ValidateAsync(string token, CancellationToken ct)
    {
        var result = await Handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = options.Value.Security.Issuer,
            ValidAudience = IConnectionTokens.Audience,
            ValidAlgorithms = [SecurityAlgorithms.EcdsaSha256],
            IssuerSigningKeys = keys.ValidationKeys,
            ClockSkew = TimeSpan.FromSeconds(30),
            LifetimeValidator = ServerClock.Lifetime(time),
        });
        if (!result.IsValid) return null;
        return result.SecurityToken is JsonWebToken jwt && Guid.TryParse(jwt.Subject, out var userId)
            && jwt.TryGetPayloadValue<string>(SourceClaim, out var source) && jwt.TryGetPayloadValue<string>(ExternalIdClaim, out var ext)
            ? new ConnectionTokenClaims(userId, source, ext, jwt.IssuedAt)
            : null;
    }
}
