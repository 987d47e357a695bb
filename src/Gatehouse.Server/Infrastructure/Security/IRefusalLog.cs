namespace Gatehouse.Server.Infrastructure.Security;

/// <summary>
/// Where infrastructure records a request it refused (a missing permission, a network outside the
/// allow-list, a cross-site write, a broken rule). The Audit feature implements it, so the
/// plumbing writes the audit log without knowing the feature.
/// </summary>
public interface IRefusalLog
{
    /// <param name="denied">True for a denial (403), false for a failed request.</param>
    Task RecordAsync(string action, string? target, object payload, bool denied, CancellationToken ct);
}
