namespace Gatehouse.Server.Features.Privacy.Contracts;

/// <summary>Whether a member currently agrees to a purpose that needs consent (e-mails that are not strictly necessary).</summary>
public interface IConsents
{
    Task<bool> AllowsAsync(Guid userId, string purpose, CancellationToken ct);
}

public static class ConsentPurposes
{
    public const string Analytics = "analytics";
    public const string Emails = "emails";
    public static readonly string[] All = [Analytics, Emails];
}
