namespace Gatehouse.Server.Features.ApiKeys;

/// <summary>The <c>Gatehouse:ApiKeys</c> section.</summary>
public sealed class ApiKeysOptions
{
    public const string Section = "Gatehouse:ApiKeys";

    /// <summary>Requests per minute for a key created without its own limit.</summary>
    public int DefaultRateLimitPerMinute { get; set; } = 600;

    /// <summary>How long a rotated-out secret keeps working when the rotation names no grace period.</summary>
    public TimeSpan DefaultRotationGrace { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Last-used times are written in batches at this interval, not once per request.</summary>
    public TimeSpan UsageFlushInterval { get; set; } = TimeSpan.FromSeconds(30);
}
