namespace Gatehouse.Server.Features.Privacy.Contracts;

/// <summary>Data a feature deletes once it is older than a retention period the administrators set.</summary>
public interface IRetentionRule
{
    /// <summary>Stable key of the setting (<c>analytics_events</c>).</summary>
    string Category { get; }

    TimeSpan DefaultPeriod { get; }

    /// <summary>Deletes what is older than <paramref name="cutoff"/>; returns how much went.</summary>
    Task<int> PruneAsync(DateTime cutoff, CancellationToken ct);
}
