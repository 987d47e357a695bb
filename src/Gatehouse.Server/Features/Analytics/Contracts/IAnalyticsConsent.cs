namespace Gatehouse.Server.Features.Analytics.Contracts;

/// <summary>Records a member's analytics consent for other features (the privacy consent records); effective at once.</summary>
public interface IAnalyticsConsent
{
    /// <summary>Stores the answer in the caller's transaction; returns false when it was already the member's answer.</summary>
    Task<bool> SetAsync(Guid userId, bool granted, CancellationToken ct);
}
