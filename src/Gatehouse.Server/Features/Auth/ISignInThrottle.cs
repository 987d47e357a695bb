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
/// A success clears both. One node counts in memory (<see cref="MemorySignInThrottle"/>); a cluster
/// counts in Redis (<see cref="RedisSignInThrottle"/>), so failures spread over nodes add up.
/// </summary>
public interface ISignInThrottle
{
    /// <summary>How long this (e-mail, source) pair is still locked; zero when it is not.</summary>
    Task<TimeSpan> LockedForAsync(string normalizedEmail, string? ip, CancellationToken ct);

    /// <summary>Waits as long as the backstop asks for this e-mail's next attempt (not at all below its threshold).</summary>
    Task SlowDownAsync(string normalizedEmail, CancellationToken ct);

    Task RegisterFailureAsync(string normalizedEmail, string? ip, CancellationToken ct);

    Task RegisterSuccessAsync(string normalizedEmail, string? ip, CancellationToken ct);
}
