using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Gatehouse.Server.Infrastructure.Security;

/// <summary>
/// Version 7 Guids (RFC 9562: milliseconds since 1970, then random bits) like <see cref="Guid.CreateVersion7()"/>, whose
/// random part comes from the system's generator one call per value: about 5 % of a 100k import's commit, which creates
/// three such ids per member. Here each thread draws its random bits 4 KiB at a time from the same generator.
/// </summary>
public static class PooledIds
{
    private const int BufferBytes = 4096;

    [ThreadStatic]
    private static byte[]? _random;

    [ThreadStatic]
    private static int _used;

    public static Guid NewVersion7()
    {
        var random = _random ??= new byte[BufferBytes];
        if (_used == 0 || _used + 10 > BufferBytes)
        {
            RandomNumberGenerator.Fill(random);
            _used = 0;
        }
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteInt64BigEndian(bytes[..8], DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() << 16);
        random.AsSpan(_used, 10).CopyTo(bytes[6..]);
        random.AsSpan(_used, 10).Clear(); // each random byte is handed out once
        _used += 10;
        bytes[6] = (byte)(0x70 | (bytes[6] & 0x0F)); // version 7
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F)); // RFC 9562 variant
        return new Guid(bytes, bigEndian: true);
    }
}
