using System.Security.Cryptography;
using System.Text;

namespace Gatehouse.Server.Features.ApiKeys;

/// <summary>
/// The key format: <c>gh_live_</c> + a 12-character public id + <c>_</c> + 64 hex characters of
/// secret. The fixed prefix lets secret scanners and log readers recognise a leaked key; the public
/// id names which key it is without revealing it.
/// </summary>
public static class ApiKeySecrets
{
    public const string Prefix = "gh_live_";
    private const int PublicIdLength = 12;
    private const int SecretBytes = 32;

    public static string NewPublicId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(PublicIdLength / 2));

    public static string NewKey(string publicId) => $"{Prefix}{publicId}_{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(SecretBytes))}";

    /// <summary>What lists and logs show: enough to recognise the key, nothing to use it.</summary>
    public static string DisplayPrefix(string publicId) => Prefix + publicId;

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>The public id of a well-formed key, or null.</summary>
    public static string? PublicIdOf(string key)
    {
        if (!key.StartsWith(Prefix, StringComparison.Ordinal)) return null;
        var rest = key.AsSpan(Prefix.Length);
        if (rest.Length != PublicIdLength + 1 + SecretBytes * 2 || rest[PublicIdLength] != '_') return null;
        foreach (var c in rest) if (!(char.IsAsciiHexDigitLower(c) || char.IsAsciiDigit(c) || c == '_')) return null;
        return rest[..PublicIdLength].ToString();
    }

    public static bool Matches(string key, string? storedHash) =>
        storedHash is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(key)), Encoding.ASCII.GetBytes(storedHash));
}
