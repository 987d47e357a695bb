namespace Gatehouse.Server.Features.Analytics.Storage;

/// <summary>A member's analytics consent (<c>analytics_consents</c>): the latest answer wins.</summary>
public sealed class AnalyticsConsent
{
    public Guid UserId { get; set; }
    public bool Granted { get; set; }
    public DateTime UpdatedAt { get; set; }
}
