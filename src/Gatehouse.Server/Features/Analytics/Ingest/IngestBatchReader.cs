using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace Gatehouse.Server.Features.Analytics.Ingest;

/// <summary>An SDK batch as validation and storage need it: no per-event objects, props kept as their raw JSON text.</summary>
public sealed record IngestBatch(List<IngestItem>? Events, string? Device, string? ClientVersion);

/// <param name="PropsBytes">The props object's size in UTF-8 bytes as sent; -1 when there is none (absent or null).</param>
/// <param name="Props">The props object's text as sent (null when there is none, or when it is over the size limit).</param>
/// <param name="PropsNotObject">props was sent as something other than an object or null.</param>
public readonly record struct IngestItem(string? Type, DateTimeOffset? Timestamp, string? SessionId, int PropsBytes, string? Props, bool PropsNotObject);

/// <summary>
/// Reads an SDK batch in one pass over its bytes. At 20,000 events/s the serializer's binding (a record and a
/// <see cref="JsonDocument"/> per event's props, then the props text) was a sixth of what ingest allocated and
/// every event's strings lived until the raw-event writer stored them; here event types, session ids and the
/// batch's device and version are shared strings (<see cref="SharedText"/>) and props go straight to their text.
/// It reads only the exact shape the SDK sends; anything else (another spelling of a field, an escaped
/// name, a duplicate, a wrong type, malformed JSON) returns null and the caller binds with the serializer,
/// so every refusal and its message stays the serializer's.
/// </summary>
public static class IngestBatchReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly byte[][] BatchFields = ["events"u8.ToArray(), "device"u8.ToArray(), "client_version"u8.ToArray()];
    private static readonly byte[][] EventFields = ["type"u8.ToArray(), "timestamp"u8.ToArray(), "session_id"u8.ToArray(), "props"u8.ToArray()];

    /// <summary>The batch, or null when the body is not in the SDK's exact shape.</summary>
    public static IngestBatch? TryRead(ReadOnlySpan<byte> json, int maxPropsBytes)
    {
        try
        {
            return Read(json, maxPropsBytes);
        }
        catch (Exception e) when (e is JsonException or DecoderFallbackException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>The serializer's binding in the same form (what the fast path must equal).</summary>
    public static IngestBatch From(IngestEvents.Batch batch, int maxPropsBytes) => new(
        batch.Events?.Select(e => Item(e, maxPropsBytes)).ToList(), batch.Device, batch.ClientVersion);

    private static IngestItem Item(IngestEvents.Item e, int maxPropsBytes)
    {
        if (e.Props is not { ValueKind: not JsonValueKind.Null } props) return new(e.Type, e.Timestamp, e.SessionId, -1, null, false);
        if (props.ValueKind != JsonValueKind.Object) return new(e.Type, e.Timestamp, e.SessionId, -1, null, true);
        var bytes = System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(props).Length;
        return new(e.Type, e.Timestamp, e.SessionId, bytes, bytes > maxPropsBytes ? null : props.GetRawText(), false);
    }

    private static IngestBatch? Read(ReadOnlySpan<byte> json, int maxPropsBytes)
    {
        var reader = new Utf8JsonReader(json);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return null;
        List<IngestItem>? events = null;
        string? device = null, version = null;
        var seen = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = Field(ref reader, ref seen, BatchFields);
            reader.Read();
            switch (field)
            {
                case 0:
                    if (reader.TokenType != JsonTokenType.StartArray) return null;
                    events = [];
                    while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
                    {
                        if (ReadItem(ref reader, json, maxPropsBytes) is not { } item) return null;
                        events.Add(item);
                    }
                    if (reader.TokenType != JsonTokenType.EndArray) return null;
                    break;
                case 1 when Text(ref reader, out device):
                case 2 when Text(ref reader, out version):
                    break;
                default:
                    return null;
            }
        }
        // Anything after the object makes the reader throw (caught above).
        if (reader.TokenType != JsonTokenType.EndObject || reader.Read()) return null;
        return new IngestBatch(events, device, version);
    }

    private static IngestItem? ReadItem(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, int maxPropsBytes)
    {
        string? type = null, session = null, props = null;
        DateTimeOffset? timestamp = null;
        int seen = 0, propsBytes = -1;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = Field(ref reader, ref seen, EventFields);
            reader.Read();
            switch (field)
            {
                case 0 when Text(ref reader, out type):
                case 2 when Text(ref reader, out session):
                    break;
                case 1 when reader.TokenType == JsonTokenType.Null:
                    break;
                case 1 when reader.TokenType == JsonTokenType.String && reader.TryGetDateTimeOffset(out var at):
                    timestamp = at;
                    break;
                case 3 when reader.TokenType == JsonTokenType.Null:
                    break;
                case 3 when reader.TokenType == JsonTokenType.StartObject:
                    var start = (int)reader.TokenStartIndex;
                    reader.Skip();
                    var raw = json[start..(int)reader.BytesConsumed];
                    propsBytes = raw.Length;
                    // Over the limit it is refused by validation: no text is built for it.
                    if (raw.Length <= maxPropsBytes) props = StrictUtf8.GetString(raw);
                    break;
                default:
                    return null;
            }
        }
        return reader.TokenType == JsonTokenType.EndObject ? new IngestItem(type, timestamp, session, propsBytes, props, false) : null;
    }

    /// <summary>Which of <paramref name="names"/> the current property is (each at most once), or -1.</summary>
    private static int Field(ref Utf8JsonReader reader, ref int seen, byte[][] names)
    {
        if (reader.ValueIsEscaped) return -1;
        for (var i = 0; i < names.Length; i++)
        {
            if (!reader.ValueSpan.SequenceEqual(names[i])) continue;
            if ((seen & (1 << i)) != 0) return -1;
            seen |= 1 << i;
            return i;
        }
        return -1;
    }

    /// <summary>A string or null; false for another token or an escaped string (left to the serializer).</summary>
    private static bool Text(ref Utf8JsonReader reader, out string? text)
    {
        text = null;
        if (reader.TokenType == JsonTokenType.Null) return true;
        if (reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped) return false;
        text = SharedText.Of(reader.ValueSpan);
        return true;
    }
}

/// <summary>
/// One string per distinct short value (event types, session ids, devices, versions): they repeat across events and
/// batches, and a new string per event would live in memory until the raw-event writer stored it. Bounded: past
/// <see cref="MaxEntries"/> it starts over.
/// </summary>
public static class SharedText
{
    private const int MaxEntries = 16_384;
    private const int MaxChars = 128;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly ConcurrentDictionary<string, string> Strings = new(StringComparer.Ordinal);

    /// <summary>The text of <paramref name="utf8"/>; throws <see cref="DecoderFallbackException"/> for invalid UTF-8.</summary>
    public static string Of(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxChars) return StrictUtf8.GetString(utf8);
        Span<char> chars = stackalloc char[MaxChars];
        if (Utf8.ToUtf16(utf8, chars, out _, out var written, replaceInvalidSequences: false) != OperationStatus.Done)
            throw new DecoderFallbackException("Invalid UTF-8.");
        var lookup = Strings.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(chars[..written], out var shared)) return shared;
        var text = new string(chars[..written]);
        if (Strings.Count >= MaxEntries) Strings.Clear();
        return Strings.GetOrAdd(text, text);
    }
}
