namespace Gatehouse.Server.Features.Moderation;

/// <summary>Settings under <c>Moderation</c>.</summary>
public sealed class ModerationOptions
{
    public const string Section = "Moderation";

    /// <summary>Like Discord's timeouts, a mute lasts at most 28 days.</summary>
    public TimeSpan MaxMute { get; set; } = TimeSpan.FromDays(28);

    /// <summary>A timed ban lasts at most this long (a ban without duration is permanent).</summary>
    public TimeSpan MaxBan { get; set; } = TimeSpan.FromDays(3650);

    /// <summary>The expirer wakes at the next due expiry; this bounds its sleep so a missed signal costs little.</summary>
    public TimeSpan ExpiryCheckInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Sanctions younger than this count as strikes for the escalation ladder.</summary>
    public TimeSpan StrikeWindow { get; set; } = TimeSpan.FromDays(30);

    /// <summary>The escalation ladder: step N is suggested to a member with N strikes (the last step repeats).</summary>
    public List<LadderStep> Ladder { get; set; } = [];

    public static readonly LadderStep[] DefaultLadder =
    [
        new() { Kind = "warn" },
        new() { Kind = "mute", Duration = TimeSpan.FromHours(1) },
        new() { Kind = "mute", Duration = TimeSpan.FromDays(1) },
        new() { Kind = "ban", Duration = TimeSpan.FromDays(7) },
        new() { Kind = "ban" },
    ];

    public IReadOnlyList<LadderStep> EffectiveLadder => Ladder.Count > 0 ? Ladder : DefaultLadder;

    /// <summary>SLA per report severity.</summary>
    public Dictionary<string, TimeSpan> Sla { get; set; } = new(StringComparer.Ordinal)
    {
        ["critical"] = TimeSpan.FromMinutes(15),
        ["high"] = TimeSpan.FromHours(1),
        ["normal"] = TimeSpan.FromHours(24),
        ["low"] = TimeSpan.FromHours(72),
    };

    /// <summary>New reports go to a moderator who is online or idle right now.</summary>
    public bool AutoAssign { get; set; } = true;

    /// <summary>Reports one member may file per hour.</summary>
    public int ReportsPerHour { get; set; } = 10;
}

public sealed class LadderStep
{
    public string Kind { get; set; } = "warn";
    /// <summary>Null: no duration (warn, kick) or permanent (ban).</summary>
    public TimeSpan? Duration { get; set; }
}
