namespace Gatehouse.Server.Features.Presence.Model;

/// <summary>
/// Versions are a hybrid logical clock: <c>max(previous + 1, unix_ms × 1024 + 1)</c>. Within a run
/// they are a per-user counter; the wall-clock floor keeps them growing across restarts (the
/// registry starts empty) and lets a shared registry on several nodes apply the same rule
/// atomically. 1024 slots per millisecond keep the numbers exact in JavaScript until year 2248.
/// </summary>
public sealed class PresenceVersionClock(TimeProvider time)
{
    public const long SlotsPerMillisecond = 1024;

    /// <summary>A version no earlier change can exceed (unless one user changed over 1024 times per millisecond).</summary>
    public long Floor => time.GetUtcNow().ToUnixTimeMilliseconds() * SlotsPerMillisecond;

    public long Next(long previous) => Math.Max(previous + 1, Floor + 1);
}
