using System.Text;
using System.Text.Json;

namespace Gatehouse.Server.Infrastructure.Http;

/// <summary>
/// An opaque keyset cursor: the last row's sort value and tie-breaker, bound to the query shape
/// (sort + filters) so a cursor from another query is refused instead of silently skipping rows.
/// </summary>
public sealed record Cursor(string Shape, string? Value, string Tie)
{
    public string Encode() =>
        Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(this)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static bool TryDecode(string? text, string shape, out Cursor? cursor)
    {
        cursor = null;
        if (string.IsNullOrEmpty(text)) return true;
        try
        {
            var b64 = text.Replace('-', '+').Replace('_', '/');
            b64 = b64.PadRight(b64.Length + (4 - b64.Length % 4) % 4, '=');
            cursor = JsonSerializer.Deserialize<Cursor>(Encoding.UTF8.GetString(Convert.FromBase64String(b64)));
            return cursor is not null && cursor.Shape == shape;
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return false;
        }
    }
}

/// <summary>The shape of every list answer.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor, long? Total = null);
