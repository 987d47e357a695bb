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
    public const int NonceSize = 12, KeySize = 32;
    private const int TagSize = 16;
    private readonly byte[] _wrappingKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, serverKey.Value, 32,
        info: "gatehouse/audit-subject-keys/v1"u8.ToArray());

    public sealed record Envelope(Guid Subject, byte[] Nonce, byte[] Data);

    public static byte[] NewKey() => RandomNumberGenerator.GetBytes(KeySize);

    public byte[] Wrap(Guid subject, byte[] key)
    {
        using var gcm = new AesGcm(_wrappingKey, TagSize);
        return Encrypt(gcm, key, subject.ToByteArray(), RandomNumberGenerator.GetBytes(NonceSize));
    }

    /// <summary>Wraps many keys under one cipher instance (a bulk write creates a key per member).</summary>
    public Wrapping BeginWrapping() => new(new AesGcm(_wrappingKey, TagSize));

    public sealed class Wrapping(AesGcm gcm) : IDisposable
    {
        public byte[] Wrap(Guid subject, ReadOnlySpan<byte> key, ReadOnlySpan<byte> nonce) => Encrypt(gcm, key, subject.ToByteArray(), nonce);

        public void Dispose() => gcm.Dispose();
    }

    public byte[] Unwrap(Guid subject, byte[] wrapped) => Decrypt(_wrappingKey, wrapped, subject.ToByteArray());

    public static string Seal(Guid entryId, Guid subject, byte[] key, string payload) =>
        Seal(entryId, subject, key, payload, RandomNumberGenerator.GetBytes(NonceSize));

    /// <summary>Seals with a nonce the caller drew (random, used once: a batch draws its nonces in one call).</summary>
    public static string Seal(Guid entryId, Guid subject, byte[] key, string payload, ReadOnlySpan<byte> nonce)
    {
        using var gcm = new AesGcm(key, TagSize);
        var sealedBytes = Encrypt(gcm, Encoding.UTF8.GetBytes(payload), entryId.ToByteArray(), nonce);
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

    private static byte[] Encrypt(AesGcm gcm, ReadOnlySpan<byte> plain, byte[] associated, ReadOnlySpan<byte> randomNonce)
    {
        var output = new byte[NonceSize + plain.Length + TagSize];
        var nonce = output.AsSpan(0, NonceSize);
        randomNonce[..NonceSize].CopyTo(nonce);
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
