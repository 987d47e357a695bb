using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Gatehouse.Server.Features.Audit;

/// <summary>The hash and signature of one entry: the only definition, used to seal and to verify.</summary>
public static class AuditChain
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>PostgreSQL keeps microseconds; hashing ticks would make every entry "tampered" on the way back.</summary>
    public static DateTime NormalizeTimestamp(DateTime t) =>
        new(t.Ticks - t.Ticks % 10, DateTimeKind.Utc);

    public static string ComputeHash(AuditEntry e)
    {
        // A JSON array delimits fields unambiguously, whatever characters they hold.
        var canonical = JsonSerializer.Serialize(new object?[]
        {
            e.Seq, e.Id, NormalizeTimestamp(e.Timestamp).ToString("yyyy-MM-ddTHH:mm:ss.ffffffZ", System.Globalization.CultureInfo.InvariantCulture),
            e.ActorUserId, e.ActorApiKeyId, e.TargetType, e.TargetId, e.Action, e.Payload, e.Result,
            e.Ip, e.UserAgent, e.RequestId, e.TraceId, e.PrevHash,
        });
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    public static string Sign(string hash, byte[] key) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(hash)));
}
