using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;

namespace Gatehouse.Server.Features.Webhooks;

/// <summary>
/// <c>whsec_</c> secrets (Standard Webhooks): created here, stored encrypted with the data-protection
/// keys, decrypted only to sign. Never logged, never returned after creation or rotation.
/// </summary>
public sealed class WebhookSecrets(IDataProtectionProvider provider)
{
    public const string Prefix = "whsec_";
    private readonly IDataProtector _protector = provider.CreateProtector("Gatehouse.Webhooks.Secret.v1");

    public static string NewSecret() => Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public string Protect(string secret) => _protector.Protect(secret);

    public string Unprotect(string stored) => _protector.Unprotect(stored);

    /// <summary>
    /// <c>v1,</c> + base64 HMAC-SHA256 of <c>id.timestamp.body</c>, keyed with the base64-decoded part
    /// of the secret after <c>whsec_</c> (the Standard Webhooks algorithm).
    /// </summary>
    public static string Sign(string secret, string messageId, long timestamp, string body)
    {
        var key = Convert.FromBase64String(secret[Prefix.Length..]);
        var content = Encoding.UTF8.GetBytes($"{messageId}.{timestamp.ToString(CultureInfo.InvariantCulture)}.{body}");
        return "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, content));
    }
}
