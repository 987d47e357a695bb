using System.Security.Cryptography;
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
}
