namespace Gatehouse.Server.Features.ApiKeys;

/// <summary>Set on the request's features when it authenticated with an API key (read by the rate limiter).</summary>
public sealed record ApiKeyRequest(Guid KeyId, int RateLimitPerMinute);
