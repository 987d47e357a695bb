using System.Collections.Concurrent;
using Gatehouse.Server.Infrastructure;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Auth;

/// <summary>
/// Brute-force protection for sign-in, keyed by what the caller typed, never by whether the account
/// exists, so an unknown e-mail locks and slows exactly like a real one (see
/// docs/adr/sign-in-lockout.md):
/// <list type="bullet">
/// <item>per (e-mail, source IP): after <c>LockoutThreshold</c> failures the pair is locked, the
/// lock doubling with each further failure up to <c>LockoutMax</c>. A stranger locks only their own
/// address out of the account, not the owner.</item>
/// <item>per e-mail, from every source (the backstop against guessing from many addresses): after
/// <c>BackstopThreshold</c> failures in <c>BackstopWindow</c> each attempt waits
/// <c>BackstopDelay</c> before it is checked. It slows, it never locks.</item>
/// </list>
/// Counters live in this node's memory, bounded in size; a success clears both.
/// </summary>
public sealed class SignInThrottle(IOptions<GatehouseOptions> options, TimeProvider time)
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
