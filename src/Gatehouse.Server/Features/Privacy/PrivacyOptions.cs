namespace Gatehouse.Server.Features.Privacy;

/// <summary><c>Gatehouse:Privacy</c> settings.</summary>
public sealed class PrivacyOptions
{
    public const string Section = "Gatehouse:Privacy";

    /// <summary>How often retention settings are enforced.</summary>
    public TimeSpan PruneInterval { get; set; } = TimeSpan.FromHours(1);
}
