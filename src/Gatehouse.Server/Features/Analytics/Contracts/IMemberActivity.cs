namespace Gatehouse.Server.Features.Analytics.Contracts;

/// <summary>
/// Per-member figures from the stored raw events (so they reach as far back as raw retention):
/// time online from gateway session opens and closes, and the client a member last used.
/// </summary>
public interface IMemberActivity
{
    /// <summary>
    /// Minutes each member had at least one gateway session open between <paramref name="from"/> and
    /// <paramref name="to"/> (overlapping sessions count once). A session whose close was never recorded
    /// counts until <paramref name="to"/>, at most <see cref="MaxOpenSession"/>. Members with none are absent.
    /// </summary>
    Task<IReadOnlyDictionary<Guid, double>> ActiveMinutesAsync(DateTime from, DateTime to, IReadOnlyCollection<Guid>? only, CancellationToken ct);

    /// <summary>The client version and region of each member's latest SDK event since <paramref name="since"/>.</summary>
    Task<IReadOnlyDictionary<Guid, MemberClient>> LatestClientsAsync(DateTime since, IReadOnlyCollection<Guid>? only, CancellationToken ct);

    /// <summary>How long a session with no recorded close may count.</summary>
    static TimeSpan MaxOpenSession => TimeSpan.FromHours(24);
}

/// <param name="Version">The site's client (UI) version as the SDK reported it.</param>
/// <param name="Region">The region resolved at capture (<c>unknown</c> without GeoIP).</param>
public sealed record MemberClient(string Version, string Region);
