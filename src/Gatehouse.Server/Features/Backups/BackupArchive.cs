using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Gatehouse.Server.Features.Backups;

/// <summary>
/// The on-disk envelope of a backup: a fixed header (magic, version, flags, SHA-256 of the body),
/// then the body — the zip payload as is, or sealed with AES-256-GCM in 1 MiB chunks. Each chunk
/// has its own nonce (random prefix + counter) and tag, and the last one is marked in its
/// associated data, so a reordered, truncated or edited file never decrypts. The checksum covers
/// the body as stored, so corruption is found before any key is needed.
/// </summary>
public static class BackupArchive
{
    private static readonly byte[] Magic = "GHBACKUP"u8.ToArray();
    private const byte Version = 1;
    private const byte EncryptedFlag = 1;
    private const byte PostgresFlag = 2;
    private const int HashOffset = 10;
    public const int HeaderLength = HashOffset + 32;
    private const int ChunkSize = 1 << 20;
    private const int NoncePrefixLength = 8;
    private const int TagLength = 16;

    /// <summary>What the catalogue shows without opening the body: sealed or not, which database, the checksum.</summary>
    public sealed record Header(bool Encrypted, string Database, string Checksum);

    /// <summary>Writes <paramref name="payload"/> to <paramref name="destination"/> (sealed when a key is given) and returns the checksum.</summary>
    public static async Task<string> WriteAsync(string payload, string destination, byte[]? key, bool postgres, Action<double> progress, CancellationToken ct)
    {
        await using (var output = new FileStream(destination, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.Asynchronous))
        {
            var header = new byte[HeaderLength];
            Magic.CopyTo(header, 0);
            header[8] = Version;
            header[9] = (byte)((key is null ? 0 : EncryptedFlag) | (postgres ? PostgresFlag : 0));
            await output.WriteAsync(header, ct);
            await using (var input = File.OpenRead(payload))
            {
                if (key is null) await CopyAsync(input, output, progress, ct);
                else await SealAsync(input, output, key, header.AsMemory(0, HashOffset), progress, ct);
            }
            await output.FlushAsync(ct);
            output.Position = HeaderLength;
            var hash = await SHA256.HashDataAsync(output, ct);
            output.Position = HashOffset;
            await output.WriteAsync(hash, ct);
            output.Flush(flushToDisk: true);
            return Convert.ToHexStringLower(hash);
        }
    }

    /// <summary>Reads the header; null when the file is not a Gatehouse backup at all.</summary>
    public static async Task<Header?> ReadHeaderAsync(string path, CancellationToken ct)
    {
        await using var input = File.OpenRead(path);
        var header = new byte[HeaderLength];
        if (await input.ReadAtLeastAsync(header, HeaderLength, throwOnEndOfStream: false, ct) < HeaderLength) return null;
        if (!header.AsSpan(0, 8).SequenceEqual(Magic) || header[8] != Version) return null;
        return new Header((header[9] & EncryptedFlag) != 0, (header[9] & PostgresFlag) != 0 ? BackupContent.Postgres : BackupContent.Sqlite, Convert.ToHexStringLower(header.AsSpan(HashOffset, 32)));
    }

    /// <summary>Whether the body still hashes to the checksum in the header.</summary>
    public static async Task<bool> ChecksumMatchesAsync(string path, CancellationToken ct)
    {
        var header = await ReadHeaderAsync(path, ct);
        if (header is null) return false;
        await using var input = File.OpenRead(path);
        input.Position = HeaderLength;
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(input, ct)) == header.Checksum;
    }

    /// <summary>Writes the zip payload of a checked archive to <paramref name="payload"/>, opening the seal with <paramref name="key"/>.</summary>
    public static async Task ExtractPayloadAsync(string path, string payload, byte[]? key, CancellationToken ct)
    {
        var header = await ReadHeaderAsync(path, ct) ?? throw new BackupException("backup.not_a_backup");
        await using var input = File.OpenRead(path);
        var prefix = new byte[HashOffset];
        await input.ReadExactlyAsync(prefix, ct);
        input.Position = HeaderLength;
        await using var output = new FileStream(payload, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous);
        if (!header.Encrypted) await CopyAsync(input, output, _ => { }, ct);
        else if (key is null) throw new BackupException("backup.key_required");
        else await OpenAsync(input, output, key, prefix, ct);
    }

    private static async Task CopyAsync(Stream input, Stream output, Action<double> progress, CancellationToken ct)
    {
        var buffer = new byte[ChunkSize];
        long done = 0, total = Math.Max(1, input.Length);
        int read;
        while ((read = await input.ReadAsync(buffer, ct)) > 0)
        {
            await output.WriteAsync(buffer.AsMemory(0, read), ct);
            progress((done += read) / (double)total);
        }
    }

    private static async Task SealAsync(Stream input, Stream output, byte[] key, ReadOnlyMemory<byte> headerPrefix, Action<double> progress, CancellationToken ct)
    {
        using var aes = new AesGcm(key, TagLength);
        var noncePrefix = RandomNumberGenerator.GetBytes(NoncePrefixLength);
        await output.WriteAsync(noncePrefix, ct);
        var plain = new byte[ChunkSize];
        var next = new byte[ChunkSize];
        var cipher = new byte[ChunkSize];
        var tag = new byte[TagLength];
        long done = 0, total = Math.Max(1, input.Length);
        var read = await input.ReadAtLeastAsync(plain, ChunkSize, throwOnEndOfStream: false, ct);
        for (uint counter = 0; ; counter++)
        {
            // Reading one chunk ahead tells whether this one is the last, which its associated data records.
            var nextRead = read == ChunkSize ? await input.ReadAtLeastAsync(next, ChunkSize, throwOnEndOfStream: false, ct) : 0;
            var final = nextRead == 0;
            aes.Encrypt(Nonce(noncePrefix, counter), plain.AsSpan(0, read), cipher.AsSpan(0, read), tag, Aad(headerPrefix.Span, final));
            var length = new byte[4];
            BinaryPrimitives.WriteInt32BigEndian(length, read);
            await output.WriteAsync(length, ct);
            await output.WriteAsync(tag, ct);
            await output.WriteAsync(cipher.AsMemory(0, read), ct);
            progress((done += read) / (double)total);
            if (final) return;
            (plain, next) = (next, plain);
            read = nextRead;
        }
    }

    private static async Task OpenAsync(Stream input, Stream output, byte[] key, byte[] headerPrefix, CancellationToken ct)
    {
        using var aes = new AesGcm(key, TagLength);
        var noncePrefix = new byte[NoncePrefixLength];
        await input.ReadExactlyAsync(noncePrefix, ct);
        var cipher = new byte[ChunkSize];
        var plain = new byte[ChunkSize];
        var tag = new byte[TagLength];
        var length = new byte[4];
        for (uint counter = 0; ; counter++)
        {
            await input.ReadExactlyAsync(length, ct);
            var size = BinaryPrimitives.ReadInt32BigEndian(length);
            if (size is < 0 or > ChunkSize) throw new BackupException("backup.key_wrong");
            await input.ReadExactlyAsync(tag, ct);
            await input.ReadExactlyAsync(cipher.AsMemory(0, size), ct);
            var final = input.Position == input.Length;
            try
            {
                aes.Decrypt(Nonce(noncePrefix, counter), cipher.AsSpan(0, size), tag, plain.AsSpan(0, size), Aad(headerPrefix, final));
            }
            catch (AuthenticationTagMismatchException)
            {
                throw new BackupException("backup.key_wrong");
            }
            await output.WriteAsync(plain.AsMemory(0, size), ct);
            if (final) return;
        }
    }

    private static byte[] Nonce(byte[] prefix, uint counter)
    {
        var nonce = new byte[12];
        prefix.CopyTo(nonce, 0);
        BinaryPrimitives.WriteUInt32BigEndian(nonce.AsSpan(NoncePrefixLength), counter);
        return nonce;
    }

    private static byte[] Aad(ReadOnlySpan<byte> headerPrefix, bool final) => [.. headerPrefix, final ? (byte)1 : (byte)0];
}
