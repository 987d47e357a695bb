using System.Collections.Concurrent;
using Gatehouse.Server.Infrastructure;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Auth;

/// <summary>
/// The sign-in throttle of one node (see <see cref="ISignInThrottle"/>): counters in this node's
/// memory, bounded in size, on the injected clock. In cluster mode it is also the fallback the
/// Redis throttle counts in while Redis is away.
/// </summary>
public sealed class MemorySignInThrottle(IOptions<GatehouseOptions> options, TimeProvider time) : ISignInThrottle
{
    /// <summary>Past this many tracked keys the oldest half is dropped, so a spray of made-up e-mails cannot grow memory without bound.</summary>
    public const int MaxTrackedKeys = 100_000;

    private sealed class Counter
    {
        public int Failures;
        public DateTimeOffset LastFailure;
        public DateTimeOffset LockedUntil;
    }

    private readonly ConcurrentDictionary<string, Counter> _bySource = new();
    private readonly ConcurrentDictionary<string, Counter> _byAccount = new();

    /// <summary>How long this (e-mail, source) pair is still locked; zero when it is not.</summary>
    public TimeSpan LockedFor(string normalizedEmail, string? ip)
    {
        if (!_bySource.TryGetValue(SourceKey(normalizedEmail, ip), out var c)) return TimeSpan.Zero;
        lock (c)
        {
            var left = c.LockedUntil - time.GetUtcNow();
            return left > TimeSpan.Zero ? left : TimeSpan.Zero;
        }
    }

    /// <summary>The wait the backstop imposes on this e-mail's next attempt; zero below the threshold.</summary>
    public TimeSpan SlowdownFor(string normalizedEmail)
    {
        var s = options.Value.Security;
        if (!_byAccount.TryGetValue(normalizedEmail, out var c)) return TimeSpan.Zero;
        lock (c)
        {
            if (time.GetUtcNow() - c.LastFailure > s.BackstopWindow) return TimeSpan.Zero;
            return c.Failures >= s.BackstopThreshold ? s.BackstopDelay : TimeSpan.Zero;
        }
    }

    public Task SlowDownAsync(string normalizedEmail, CancellationToken ct) =>
        SlowdownFor(normalizedEmail) is { } wait && wait > TimeSpan.Zero ? Task.Delay(wait, time, ct) : Task.CompletedTask;

    public Task<TimeSpan> LockedForAsync(string normalizedEmail, string? ip, CancellationToken ct) => Task.FromResult(LockedFor(normalizedEmail, ip));

    public Task RegisterFailureAsync(string normalizedEmail, string? ip, CancellationToken ct)
    {
        RegisterFailure(normalizedEmail, ip);
        return Task.CompletedTask;
    }

    public Task RegisterSuccessAsync(string normalizedEmail, string? ip, CancellationToken ct)
    {
        RegisterSuccess(normalizedEmail, ip);
        return Task.CompletedTask;
    }

    public void RegisterFailure(string normalizedEmail, string? ip)
    {
        var s = options.Value.Security;
        var now = time.GetUtcNow();
        var source = Track(_bySource, SourceKey(normalizedEmail, ip));
        lock (source)
        {
            source.Failures++;
            source.LastFailure = now;
            if (source.Failures >= s.LockoutThreshold)
            {
                var doublings = Math.Min(source.Failures - s.LockoutThreshold, 16);
                source.LockedUntil = now + TimeSpan.FromTicks(Math.Min(s.LockoutBase.Ticks * (1L << doublings), s.LockoutMax.Ticks));
            }
        }
        var account = Track(_byAccount, normalizedEmail);
        lock (account)
        {
            if (now - account.LastFailure > s.BackstopWindow) account.Failures = 0;
            account.Failures++;
            account.LastFailure = now;
        }
    }

    public void RegisterSuccess(string normalizedEmail, string? ip)
    {
        _bySource.TryRemove(SourceKey(normalizedEmail, ip), out _);
        _byAccount.TryRemove(normalizedEmail, out _);
    }

    private Counter Track(ConcurrentDictionary<string, Counter> counters, string key)
    {
        if (counters.Count >= MaxTrackedKeys) Trim(counters);
        return counters.GetOrAdd(key, _ => new Counter());
    }

    private static void Trim(ConcurrentDictionary<string, Counter> counters)
    {
        foreach (var stale in counters.OrderBy(kv => kv.Value.LastFailure).Take(counters.Count / 2).Select(kv => kv.Key).ToList())
            counters.TryRemove(stale, out _);
    }

    private static string SourceKey(string normalizedEmail, string? ip) => $"{ip ?? "unknown"}|{normalizedEmail}";
}
