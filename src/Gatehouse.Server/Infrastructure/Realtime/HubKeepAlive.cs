using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Infrastructure.Realtime;

/// <summary>
/// The pings of the hubs mapped with <see cref="SpreadKeepAlive"/>: every connection gets one each keep-alive
/// interval, as from SignalR, but the connections are spread over <see cref="Slots"/> slots by their id and one slot
/// is pinged at a time, so 10,000 connections at 15 s are ~40 pings every 60 ms instead of ~650 in one burst a second.
/// </summary>
/// <remarks>
/// It runs on the system clock, not the application's: a keep-alive is about the network's time, which a test's fake
/// clock does not move (SignalR's own pings and the clients' timeouts follow the system clock too).
/// </remarks>
public sealed class HubKeepAlive : BackgroundService
{
    /// <summary>Slots per interval: at the default 15 s, one every ~59 ms.</summary>
    internal const int Slots = 256;

    /// <summary>Serialized once per protocol and shared by every connection, as SignalR caches its own ping.</summary>
    private static readonly SerializedHubMessage Ping = new(PingMessage.Instance);

    private readonly HashSet<HubConnectionContext>[] _slots = [.. Enumerable.Range(0, Slots).Select(_ => new HashSet<HubConnectionContext>())];
    private readonly TimeProvider _time;
    private readonly ILogger _log;
    private readonly TimeSpan _step;
    private int _count;

    public HubKeepAlive(IOptions<HubOptions> options, ILogger<HubKeepAlive> log)
        : this(options.Value.KeepAliveInterval ?? TimeSpan.FromSeconds(15), TimeProvider.System, log)
    {
    }

    internal HubKeepAlive(TimeSpan interval, TimeProvider time, ILogger log)
    {
        _time = time;
        _log = log;
        // Rounded down, so a full turn never takes longer than the interval the clients count on.
        _step = TimeSpan.FromTicks(interval.Ticks / Slots);
    }

    /// <summary>The connections being kept alive.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>Whether the connection <paramref name="connectionId"/> is being kept alive.</summary>
    public bool Keeps(string connectionId)
    {
        var slot = _slots[SlotOf(connectionId)];
        lock (slot) return slot.Any(c => c.ConnectionId == connectionId);
    }

    public void Add(HubConnectionContext connection)
    {
        var slot = SlotOf(connection);
        lock (slot)
            if (slot.Add(connection)) Interlocked.Increment(ref _count);
    }

    public void Remove(HubConnectionContext connection)
    {
        var slot = SlotOf(connection);
        lock (slot)
            if (slot.Remove(connection)) Interlocked.Decrement(ref _count);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = _time.GetTimestamp();
        long done = 0;
        using var timer = new PeriodicTimer(_step, _time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    done = PingDue(started, done);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // One bad turn must not stop every hub's keep-alive (nor, as a worker's error, the host): the next
                    // tick goes on from the slots that came due.
                    _log.LogError(e, "Hub keep-alive pings failed");
                    done = SlotsDue(started);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>
    /// Pings the slots that came due since <paramref name="started"/> after the first <paramref name="done"/>; returns how
    /// many are done now. A late wake (a stalled process) catches up, but never pings anyone twice in one go.
    /// </summary>
    internal long PingDue(long started, long done)
    {
        var due = SlotsDue(started);
        for (var slot = Math.Max(done, due - Slots); slot < due; slot++) PingAll(_slots[slot % Slots]);
        return Math.Max(done, due);
    }

    /// <summary>How many slots have come due since <paramref name="started"/>.</summary>
    private long SlotsDue(long started) => _time.GetElapsedTime(started).Ticks / _step.Ticks;

    private static void PingAll(HashSet<HubConnectionContext> slot)
    {
        lock (slot)
            foreach (var connection in slot)
            {
                // A connection whose last write is still going gets this one queued behind it; one that is aborted, none.
                var write = connection.WriteAsync(Ping, CancellationToken.None);
                if (!write.IsCompletedSuccessfully) _ = ObserveAsync(write);
            }
    }

    private static async Task ObserveAsync(ValueTask write)
    {
        try
        {
            await write.ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or InvalidOperationException)
        {
            // SignalR aborts a connection whose write failed; its end removes it from its slot.
        }
    }

    private HashSet<HubConnectionContext> SlotOf(HubConnectionContext connection) => _slots[SlotOf(connection.ConnectionId)];

    private static uint SlotOf(string connectionId) => (uint)StringComparer.Ordinal.GetHashCode(connectionId) % Slots;
}
