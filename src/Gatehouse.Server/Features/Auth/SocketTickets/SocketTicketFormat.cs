using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Gatehouse.Server.Features.Auth.Contracts;
using Gatehouse.Server.Infrastructure.Security;

namespace Gatehouse.Server.Features.Auth.SocketTickets;

/// <summary>
/// A ticket's text: its kind's prefix, then base64url of the fields and a MAC. Binary and truncated so a
/// member's ticket is 75 characters: it sits in the socket's URL for the connection's life.
/// <code>
/// member: gtm. | expires (u32, unix s) | user (16) | session (16)        | MAC (16)
/// site:   gts. | expires (u32, unix s) | user (16) | token iat (u32) | source (UTF-8) | MAC (16)
/// </code>
/// The MAC is HMAC-SHA256 over prefix and fields, truncated to 128 bits (NIST SP 800-107 allows it;
/// forging one still takes 2^128 guesses, each a request).
/// </summary>
public static class SocketTicketFormat
{
    private const int MacLength = 16;
    private const int GuidLength = 16;
    private const int FixedLength = sizeof(uint) + GuidLength;

    /// <summary>Longer text is not one of ours (a source name is short); refused before decoding.</summary>
    private const int MaxTextLength = 512;

    public static string Member(Guid userId, Guid sessionId, DateTime expiresAt, byte[] key)
    {
        var fields = new byte[FixedLength + GuidLength];
        WriteFixed(fields, expiresAt, userId);
        sessionId.TryWriteBytes(fields.AsSpan(FixedLength));
        return Seal(SocketTicketEndpoints.MemberPrefix, fields, key);
    }

    public static string SiteMember(Guid userId, string source, DateTime tokenIssuedAt, DateTime expiresAt, byte[] key)
    {
        var fields = new byte[FixedLength + sizeof(uint) + Encoding.UTF8.GetByteCount(source)];
        WriteFixed(fields, expiresAt, userId);
        BinaryPrimitives.WriteUInt32BigEndian(fields.AsSpan(FixedLength), (uint)(tokenIssuedAt - DateTime.UnixEpoch).TotalSeconds);
        Encoding.UTF8.GetBytes(source, fields.AsSpan(FixedLength + sizeof(uint)));
        return Seal(SocketTicketEndpoints.SitePrefix, fields, key);
    }

    /// <summary>The ticket's fields when its MAC matches one of <paramref name="keys"/>; null otherwise.</summary>
    public static SocketTicket? Read(string text, IEnumerable<byte[]> keys)
    {
        if (text.Length > MaxTextLength) return null;
        var prefix = text.StartsWith(SocketTicketEndpoints.MemberPrefix, StringComparison.Ordinal) ? SocketTicketEndpoints.MemberPrefix
            : text.StartsWith(SocketTicketEndpoints.SitePrefix, StringComparison.Ordinal) ? SocketTicketEndpoints.SitePrefix
            : null;
        if (prefix is null || !TryDecode(text[prefix.Length..], out var bytes) || bytes.Length < FixedLength + MacLength) return null;
        var fields = bytes.AsSpan(0, bytes.Length - MacLength);
        if (!MatchesAny(prefix, fields, bytes.AsSpan(bytes.Length - MacLength), keys)) return null;

        var expiresAt = DateTime.UnixEpoch.AddSeconds(BinaryPrimitives.ReadUInt32BigEndian(fields));
        var userId = new Guid(fields.Slice(sizeof(uint), GuidLength));
        var rest = fields[FixedLength..];
        if (prefix == SocketTicketEndpoints.MemberPrefix)
            return rest.Length == GuidLength ? new SocketTicket(userId, new Guid(rest), null, null, expiresAt) : null;
        if (rest.Length <= sizeof(uint)) return null;
        var tokenIssuedAt = DateTime.UnixEpoch.AddSeconds(BinaryPrimitives.ReadUInt32BigEndian(rest));
        return new SocketTicket(userId, null, Encoding.UTF8.GetString(rest[sizeof(uint)..]), tokenIssuedAt, expiresAt);
    }

    /// <summary>The expiry in whole seconds, rounded up (a ticket never lives shorter than asked); a token's iat is whole already.</summary>
    private static void WriteFixed(Span<byte> fields, DateTime expiresAt, Guid userId)
    {
        BinaryPrimitives.WriteUInt32BigEndian(fields, (uint)Math.Ceiling((expiresAt - DateTime.UnixEpoch).TotalSeconds));
        userId.TryWriteBytes(fields[sizeof(uint)..]);
    }

    private static string Seal(string prefix, byte[] fields, byte[] key) =>
        prefix + Base64Url.EncodeToString([.. fields, .. Mac(prefix, fields, key)]);

    private static bool MatchesAny(string prefix, ReadOnlySpan<byte> fields, ReadOnlySpan<byte> mac, IEnumerable<byte[]> keys)
    {
        foreach (var key in keys)
            if (CryptographicOperations.FixedTimeEquals(Mac(prefix, fields, key), mac)) return true;
        return false;
    }

    private static byte[] Mac(string prefix, ReadOnlySpan<byte> fields, byte[] key)
    {
        byte[] signed = [.. Encoding.ASCII.GetBytes(prefix), .. fields];
        return HMACSHA256.HashData(key, signed)[..MacLength];
    }

    /// <summary>Base64url, checked first: the decoder throws on a character outside the alphabet.</summary>
    private static bool TryDecode(string text, out byte[] bytes)
    {
        bytes = Base64Url.IsValid(text) ? Base64Url.DecodeFromChars(text) : [];
        return bytes.Length > 0;
    }
}
