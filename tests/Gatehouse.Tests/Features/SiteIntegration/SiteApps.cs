using System.Security.Cryptography;
using Gatehouse.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.Tokens;

namespace Gatehouse.Tests.Features.SiteIntegration;

/// <summary>
/// The sites a test server trusts: <c>shop</c> (HS256 secret, creates members), <c>forum</c> (RS256
/// public key), <c>game</c> (ES256 keys from a JWKS URL served on loopback, which rotates), <c>closed</c>
/// (HS256, creates nobody) and <c>revoked</c> (HS256, tokens issued before a time refused).
/// </summary>
public sealed class SiteKeys : IDisposable
{
    public const string Audience = "gatehouse-test";
    public string ShopSecret { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));
    public RSA ForumKey { get; } = RSA.Create(2048);
    public ECDsa GameKey1 { get; } = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    public ECDsa GameKey2 { get; } = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    /// <summary>The key the game site publishes now ("k1" at first, "k2" after <see cref="Rotate"/>).</summary>
    public volatile string PublishedKid = "k1";
    public int JwksFetches;
    private readonly WebApplication _jwks;

    public SiteKeys()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _jwks = builder.Build();
        _jwks.MapGet("/jwks", () =>
        {
            Interlocked.Increment(ref JwksFetches);
            var key = PublishedKid == "k1" ? GameKey1 : GameKey2;
            var jwk = JsonWebKeyConverter.ConvertFromECDsaSecurityKey(new ECDsaSecurityKey(key) { KeyId = PublishedKid });
            return Results.Json(new { keys = new[] { new { kty = jwk.Kty, crv = jwk.Crv, x = jwk.X, y = jwk.Y, kid = jwk.Kid, use = "sig", alg = "ES256" } } });
        });
        _jwks.StartAsync().GetAwaiter().GetResult();
        JwksUrl = _jwks.Urls.First() + "/jwks";
    }

    public string JwksUrl { get; }

    public void Rotate() => PublishedKid = "k2";

    public IReadOnlyDictionary<string, string?> Settings(DateTimeOffset revokeBefore) => new Dictionary<string, string?>
    {
        ["Gatehouse:Site:Sources:shop:Issuer"] = "https://shop.test",
        ["Gatehouse:Site:Sources:shop:Audience"] = Audience,
        ["Gatehouse:Site:Sources:shop:Algorithm"] = "HS256",
        ["Gatehouse:Site:Sources:shop:Secret"] = ShopSecret,
        ["Gatehouse:Site:Sources:shop:CreateMembers"] = "true",
        ["Gatehouse:Site:Sources:forum:Issuer"] = "https://forum.test",
        ["Gatehouse:Site:Sources:forum:Audience"] = Audience,
        ["Gatehouse:Site:Sources:forum:Algorithm"] = "RS256",
        ["Gatehouse:Site:Sources:forum:PublicKeyPem"] = ForumKey.ExportSubjectPublicKeyInfoPem(),
        ["Gatehouse:Site:Sources:forum:CreateMembers"] = "true",
        ["Gatehouse:Site:Sources:game:Issuer"] = "https://game.test",
        ["Gatehouse:Site:Sources:game:Audience"] = Audience,
        ["Gatehouse:Site:Sources:game:Algorithm"] = "ES256",
        ["Gatehouse:Site:Sources:game:JwksUrl"] = JwksUrl,
        ["Gatehouse:Site:Sources:game:JwksMinRefetch"] = "00:00:30",
        ["Gatehouse:Site:Sources:game:CreateMembers"] = "true",
        ["Gatehouse:Site:Sources:closed:Issuer"] = "https://closed.test",
        ["Gatehouse:Site:Sources:closed:Audience"] = Audience,
        ["Gatehouse:Site:Sources:closed:Algorithm"] = "HS256",
        ["Gatehouse:Site:Sources:closed:Secret"] = ShopSecret,
        ["Gatehouse:Site:Sources:revoked:Issuer"] = "https://revoked.test",
        ["Gatehouse:Site:Sources:revoked:Audience"] = Audience,
        ["Gatehouse:Site:Sources:revoked:Algorithm"] = "HS256",
        ["Gatehouse:Site:Sources:revoked:Secret"] = ShopSecret,
        ["Gatehouse:Site:Sources:revoked:CreateMembers"] = "true",
        ["Gatehouse:Site:Sources:revoked:RevokeBefore"] = revokeBefore.ToString("O"),
    };

    public void Dispose()
    {
        _jwks.StopAsync().GetAwaiter().GetResult();
        ((IDisposable)_jwks).Dispose();
        ForumKey.Dispose();
        GameKey1.Dispose();
        GameKey2.Dispose();
    }
}

public interface ISiteApp : ILiveApp
{
    SiteKeys Keys { get; }

    /// <summary>Tokens of the <c>revoked</c> source issued before this instant are refused.</summary>
    DateTimeOffset RevokedBefore { get; }
}

public sealed class SiteSqliteApp : LiveSqliteApp, ISiteApp
{
    public SiteKeys Keys { get; } = new();
    public DateTimeOffset RevokedBefore { get; } = new DateTimeOffset(DateTime.UtcNow.Date.AddDays(2), TimeSpan.Zero);

    protected override IReadOnlyDictionary<string, string?> ExtraSettings =>
        base.ExtraSettings.Concat(Keys.Settings(RevokedBefore)).ToDictionary();

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) Keys.Dispose();
    }
}

public sealed class SitePostgresApp : LivePostgresApp, ISiteApp
{
    public SiteKeys Keys { get; } = new();
    public DateTimeOffset RevokedBefore { get; } = new DateTimeOffset(DateTime.UtcNow.Date.AddDays(2), TimeSpan.Zero);

    protected override IReadOnlyDictionary<string, string?> ExtraSettings =>
        base.ExtraSettings.Concat(Keys.Settings(RevokedBefore)).ToDictionary();

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) Keys.Dispose();
    }
}
