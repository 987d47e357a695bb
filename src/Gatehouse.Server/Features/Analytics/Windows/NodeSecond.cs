using System.Text.Json;
using Gatehouse.Server.Features.Analytics.Storage;

namespace Gatehouse.Server.Features.Analytics.Windows;

/// <summary>
/// One node's closed second, as it travels between cluster nodes: the counters, segment stats, latency
/// histograms and session gauges (all of which add up), and the members seen in that second with the
/// segment values of their latest event (so every node keeps the union for the active-users count).
/// </summary>
public sealed record NodeSecond(string Node, WindowAccumulator Window, IReadOnlyList<SeenMember> Members);

/// <summary>A member seen in a second, with the segments of their latest event in it.</summary>
public sealed record SeenMember(Guid Id, string Role, string Region, string Device, string Version, DateTime At)
{
    public static SeenMember Of(RawEvent e) => new(e.UserId!.Value, e.Role, e.Region, e.Device, e.Version, e.ReceivedAt);

    public RawEvent ToEvent() => new() { UserId = Id, Role = Role, Region = Region, Device = Device, Version = Version, ReceivedAt = At };
}

/// <summary>The wire form of <see cref="NodeSecond"/> (JSON; latency histograms in their sparse stored encoding).</summary>
public static class NodeSecondCodec
{
    private sealed record Message(string Node, DateTime Start, Stats Totals, List<Segment> Segments, Dictionary<string, long> EventTypes, List<SeenMember> Members);

    private sealed record Segment(string Dimension, string Value, Stats Stats);

    private sealed record Stats(long Events, long Requests, long Errors4xx, long Errors5xx, long SignUps, long SignIns, long SignInFailures,
        long OnlineNow, long Sessions, byte[]? Latency);

    public static byte[] Encode(NodeSecond part)
    {
        var w = part.Window;
        var message = new Message(part.Node, w.Start, Of(w.Totals), [.. w.Segments.Select(s => new Segment(s.Key.Dimension, s.Key.Value, Of(s.Value)))],
            w.EventTypes, [.. part.Members]);
        return JsonSerializer.SerializeToUtf8Bytes(message);
    }

    /// <summary>The part, or null when the bytes are not one (another version's message, or garbage on the channel).</summary>
    public static NodeSecond? Decode(ReadOnlySpan<byte> bytes)
    {
        Message? m;
        try
        {
            m = JsonSerializer.Deserialize<Message>(bytes);
        }
        catch (JsonException)
        {
            return null;
        }
        if (m is null || m.Node is null || m.Totals is null) return null;
        var window = new WindowAccumulator(DateTime.SpecifyKind(m.Start, DateTimeKind.Utc), TimeSpan.FromSeconds(1));
        Into(window.Totals, m.Totals);
        foreach (var s in m.Segments ?? []) Into(window.Segment(s.Dimension, s.Value), s.Stats);
        foreach (var (type, count) in m.EventTypes ?? []) window.EventTypes[type] = count;
        return new NodeSecond(m.Node, window, m.Members ?? []);
    }

    private static Stats Of(SegmentStats s) => new(s.Events, s.Requests, s.Errors4xx, s.Errors5xx, s.SignUps, s.SignIns, s.SignInFailures,
        s.OnlineNow, s.Sessions, s.Latency is { Count: > 0 } latency ? latency.Encode() : null);

    private static void Into(SegmentStats into, Stats from)
    {
        into.Events = from.Events;
        into.Requests = from.Requests;
        into.Errors4xx = from.Errors4xx;
        into.Errors5xx = from.Errors5xx;
        into.SignUps = from.SignUps;
        into.SignIns = from.SignIns;
        into.SignInFailures = from.SignInFailures;
        into.OnlineNow = from.OnlineNow;
        into.Sessions = from.Sessions;
        if (from.Latency is { } bytes) into.Latency = LatencyHistogram.Decode(bytes);
    }
}
