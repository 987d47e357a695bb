namespace Gatehouse.Server.Features.Moderation.Sanctions;

/// <summary>One warn, mute, kick or ban of a member, kept for ever as the member's history.</summary>
public sealed class Sanction
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid UserId { get; set; }
    public string Kind { get; set; } = SanctionKinds.Warn;
    public string Reason { get; set; } = "";
    public List<string> Evidence { get; set; } = [];
    /// <summary>Seen only by moderators (never pushed to the member).</summary>
    public string? Note { get; set; }
    public Guid? ModeratorId { get; set; }
    public Guid? ReportId { get; set; }
    public DateTime CreatedAt { get; set; }
    /// <summary>Null for a permanent ban and for the one-off kinds (warn, kick).</summary>
    public DateTime? ExpiresAt { get; set; }
    public DateTime? EndedAt { get; set; }
    public Guid? EndedById { get; set; }
    /// <summary>lifted, expired or replaced.</summary>
    public string? EndReason { get; set; }
    public string? LiftReason { get; set; }
    public int Version { get; set; } = 1;

    /// <summary>Mutes and bans last; they are in force until ended or past their expiry.</summary>
    public bool IsActiveAt(DateTime at) => SanctionKinds.IsLasting(Kind) && EndedAt is null && (ExpiresAt is null || ExpiresAt > at);
}

public static class SanctionKinds
{
    public const string Warn = "warn";
    public const string Mute = "mute";
    public const string Kick = "kick";
    public const string Ban = "ban";
    public static readonly string[] All = [Warn, Mute, Kick, Ban];

    public static bool IsLasting(string kind) => kind is Mute or Ban;
}

public static class SanctionEndReasons
{
    public const string Lifted = "lifted";
    public const string Expired = "expired";
    public const string Replaced = "replaced";
}
