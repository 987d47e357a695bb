using System.Security.Cryptography;
using Gatehouse.Server.Infrastructure;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Gatehouse.Server.Features.Auth;

/// <summary>
/// Keeps the ES256 signing keys: one signs, older ones stay published (JWKS) until every token
/// they signed has expired. Keys live in the database so every node of a cluster shares them.
/// </summary>
public sealed class SigningKeyStore(IServiceScopeFactory scopes, IOptions<GatehouseOptions> options, TimeProvider time)
{
    private volatile IReadOnlyList<(SigningKey Row, ECDsaSecurityKey Key, byte[] TicketKey)> _keys = [];
    private readonly SemaphoreSlim _reload = new(1, 1);

    public IReadOnlyList<ECDsaSecurityKey> ValidationKeys => [.. _keys.Select(k => k.Key)];

    /// <summary>Changes (by reference) whenever the keys are reloaded: what a token was checked against.</summary>
    public object KeySet => _keys;

    /// <summary>The socket-ticket MAC keys, one per signing key (see <see cref="TicketKeyOf"/>).</summary>
    public IEnumerable<byte[]> TicketValidationKeys => _keys.Select(k => k.TicketKey);

    /// <summary>The socket-ticket MAC key of the key that signs now.</summary>
    public async Task<byte[]> CurrentTicketKeyAsync(CancellationToken ct)
    {
        var current = await CurrentAsync(ct);
        return _keys.First(k => k.Key.KeyId == current.KeyId).TicketKey;
    }

    /// <summary>The key that signs now, rotating first when it is due.</summary>
    public async Task<ECDsaSecurityKey> CurrentAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var current = _keys.Where(k => k.Row.RetiresAt > now).OrderByDescending(k => k.Row.CreatedAt).FirstOrDefault();
        if (current.Key is not null) return current.Key;
        await EnsureCurrentAsync(ct);
        return _keys.OrderByDescending(k => k.Row.CreatedAt).First().Key;
    }

    /// <summary>Loads the keys, creating a new one when none can sign, and drops expired ones.</summary>
    public async Task EnsureCurrentAsync(CancellationToken ct)
    {
        await _reload.WaitAsync(ct);
        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<GatehouseDb>();
            var now = time.GetUtcNow().UtcDateTime;
            var s = options.Value.Security;
            var rows = await db.SigningKeys.ToListAsync(ct);
            db.SigningKeys.RemoveRange(rows.Where(r => r.ExpiresAt <= now));
            if (!rows.Any(r => r.RetiresAt > now))
            {
                using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
                var row = new SigningKey
                {
                    Kid = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)),
                    PrivateKey = ecdsa.ExportPkcs8PrivateKey(),
                    CreatedAt = now,
                    RetiresAt = now + s.SigningKeyRotation,
                    ExpiresAt = now + s.SigningKeyRotation + s.AccessTokenLifetime + TimeSpan.FromMinutes(5),
                };
                db.SigningKeys.Add(row);
                rows.Add(row);
            }
            await db.SaveChangesAsync(ct);
            _keys = [.. rows.Where(r => r.ExpiresAt > now).Select(r => (r, ToSecurityKey(r), TicketKeyOf(r)))];
        }
        finally
        {
            _reload.Release();
        }
    }

    /// <summary>The JWKS: public halves of every key that may still have live tokens.</summary>
    public object Jwks() => new
    {
        keys = _keys.Select(k =>
        {
            var p = k.Key.ECDsa.ExportParameters(false);
            return new Dictionary<string, string>
            {
                ["kty"] = "EC",
                ["crv"] = "P-256",
                ["use"] = "sig",
                ["alg"] = "ES256",
                ["kid"] = k.Row.Kid,
                ["x"] = Base64UrlEncoder.Encode(p.Q.X),
                ["y"] = Base64UrlEncoder.Encode(p.Q.Y),
            };
        }).ToList(),
    };

    /// <summary>
    /// A MAC key for socket tickets, derived (HKDF, its own label) from a signing key's secret: shared by every
    /// node like the signing keys, rotated and retired with them, and independent of the signatures they make.
    /// </summary>
    private static byte[] TicketKeyOf(SigningKey row) =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, row.PrivateKey, 32, info: "gatehouse socket ticket v1"u8.ToArray());

    private static ECDsaSecurityKey ToSecurityKey(SigningKey row)
    {
        var ecdsa = ECDsa.Create();
        ecdsa.ImportPkcs8PrivateKey(row.PrivateKey, out _);
        return new ECDsaSecurityKey(ecdsa) { KeyId = row.Kid };
    }
}
