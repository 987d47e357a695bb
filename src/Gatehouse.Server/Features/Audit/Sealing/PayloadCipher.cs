using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Gatehouse.Server.Features.Audit.Sealing;

/// <summary>
/// Seals an audit payload under a member's key (AES-256-GCM, the entry id as associated data so a
/// sealed payload cannot be moved to another entry) and wraps member keys under a key derived from the
/// server's audit key, so a copy of the database alone reads nothing. The stored payload stays JSON:
/// <c>{"sealed":{"v":1,"subject":"…","nonce":"…","data":"…"}}</c>, and the chain hashes exactly that text.
/// </summary>
public sealed class PayloadCipher(AuditKey serverKey)
{
    private const int NonceSize = 12, TagSize = 16;
    private readonly byte[] _wrappingKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, serverKey.Value, 32,
        info: "gatehouse/audit-subject-keys/v1"u8.ToArray());

    public sealed record Envelope(Guid Subject, byte[] Nonce, byte[] Data);

    public static byte[] NewKey() => RandomNumberGenerator.GetBytes(32);

    public byte[] Wrap(Guid subject, byte[] key) => Encrypt(_wrappingKey, key, subject.ToByteArray());

    public byte[] Unwrap(Guid subject, byte[] wrapped) => Decrypt(_wrappingKey, wrapped, subject.ToByteArray());

    public static string Seal(Guid entryId, Guid subject, byte[] key, string payload)
    {
        var sealedBytes = Encrypt(key, Encoding.UTF8.GetBytes(payload), entryId.ToByteArray());
        var envelope = new JsonObject
        {
            ["sealed"] = new JsonObject
            {
                ["v"] = 1,
                ["subject"] = subject.ToString(),
                ["nonce"] = Convert.ToBase64String(sealedBytes[..NonceSize]),
                ["data"] = Convert.ToBase64String(sealedBytes[NonceSize..]),
            },
        };
        return envelope.ToJsonString();
    }

    public static string Open(Guid entryId, byte[] key, Envelope e) =>
        Encoding.UTF8.GetString(Decrypt(key, [.. e.Nonce, .. e.Data], entryId.ToByteArray()));

    /// <summary>The envelope of a sealed payload, or null for a clear one.</summary>
    public static Envelope? TryRead(string payload)
    {
        if (!payload.StartsWith("{\"sealed\":", StringComparison.Ordinal)) return null;
        using var doc = JsonDocument.Parse(payload);
        if (doc.RootElement.GetProperty("sealed") is not { ValueKind: JsonValueKind.Object } s) return null;
        return new Envelope(s.GetProperty("subject").GetGuid(), Convert.FromBase64String(s.GetProperty("nonce").GetString()!),
            Convert.FromBase64String(s.GetProperty("data").GetString()!));
    }

    private static byte[] Encrypt(byte[] key, byte[] plain, byte[] associated)
    {
        var output = new byte[NonceSize + plain.Length + TagSize];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var gcm = new AesGcm(key, TagSize);
        gcm.Encrypt(nonce, plain, output.AsSpan(NonceSize, plain.Length), output.AsSpan(NonceSize + plain.Length), associated);
        return output;
    }

    private static byte[] Decrypt(byte[] key, byte[] sealedBytes, byte[] associated)
    {
        var cipherLength = sealedBytes.Length - NonceSize - TagSize;
        var plain = new byte[cipherLength];
        using var gcm = new AesGcm(key, TagSize);
        gcm.Decrypt(sealedBytes.AsSpan(0, NonceSize), sealedBytes.AsSpan(NonceSize, cipherLength),
            sealedBytes.AsSpan(NonceSize + cipherLength), plain, associated);
        return plain;
    }
}
