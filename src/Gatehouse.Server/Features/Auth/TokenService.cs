using System.Security.Claims;
using System.Security.Cryptography;
using Gatehouse.Server.Infrastructure;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Gatehouse.Server.Features.Auth;

/// <summary>Issues access tokens. They carry identity only (sub, sid): grants are read per request.</summary>
public sealed class TokenService(SigningKeyStore keys, IOptions<GatehouseOptions> options, TimeProvider time)
{
    public const string Audience = "gatehouse-api";
    private static readonly JsonWebTokenHandler Handler = new();

    public async Task<(string Token, int ExpiresIn)> IssueAccessTokenAsync(Guid userId, Guid sessionId, CancellationToken ct)
    {
        var s = options.Value.Security;
        var now = time.GetUtcNow().UtcDateTime;
        var key = await keys.CurrentAsync(ct);
        var token = Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = s.Issuer,
            Audience = Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + s.AccessTokenLifetime,
            Subject = new ClaimsIdentity([
                new Claim(JwtRegisteredClaimNames.Sub, userId.ToString()),
                new Claim(JwtRegisteredClaimNames.Sid, sessionId.ToString()),
                new Claim(JwtRegisteredClaimNames.Jti, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12))),
            ]),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.EcdsaSha256),
        });
        return (token, (int)s.AccessTokenLifetime.TotalSeconds);
    }
}
