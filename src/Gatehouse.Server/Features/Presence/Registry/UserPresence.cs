using Gatehouse.Server.Features.Presence.Gateway;
using Gatehouse.Server.Features.Presence.Model;

namespace Gatehouse.Server.Features.Presence.Registry;

/// <summary>
/// The in-process state of one user. Every field is read and written under a lock on the object,
/// except the published views, which are immutable and swapped whole.
/// </summary>
internal sealed class UserPresence(PresenceSeed seed)
{
    public Guid UserId { get; } = seed.UserId;
    public string SortKey { get; } = seed.SortKey;
    public Guid[] Roles { get; set; } = seed.Roles;
    public ChosenStatus Chosen { get; set; } = seed.Chosen;
    public string? Message { get; set; } = seed.StatusMessage;
    public DateTime? ExpiresAt { get; set; } = seed.StatusExpiresAt;
    public PresenceActivity? Activity { get; set; }
    public GatewaySession[] Sessions { get; set; } = [];
    public DateTime? LastSeenAt { get; set; } = seed.LastSeenAt;
    /// <summary>Does not move while the user is invisible, so it gives nothing away.</summary>
    public DateTime? PublicLastSeenAt { get; set; } = seed.LastSeenAt;
    /// <summary>Set while the last session is gone but the grace period runs.</summary>
    public DateTime? GraceDeadline { get; set; }
    public PresenceUpdate Full { get; set; } = PresenceUpdate.Offline(seed.UserId, seed.Roles, seed.LastSeenAt, 0);
    public PresenceUpdate Public { get; set; } = PresenceUpdate.Offline(seed.UserId, seed.Roles, seed.LastSeenAt, 0);
    /// <summary>Bumped by every change of a persisted column; equal to <see cref="SavedGeneration"/> once written.</summary>
    public long ChangeGeneration { get; set; }
    public long SavedGeneration { get; set; }
    /// <summary>When a connected user's last-seen time is next worth writing (connected users are "seen now").</summary>
    public DateTime LastSeenDueAt { get; set; } = DateTime.MaxValue;
    /// <summary>Removed from the registry: a caller holding it must look the user up again.</summary>
    public bool Evicted { get; set; }

    public bool IsConnected => Sessions.Length > 0;
    public bool IsUnsaved => ChangeGeneration != SavedGeneration;

    public PresenceRecord ToRecord() => new(UserId, SortKey, Roles, Full, Public);

    public PresenceRow ToRow(DateTime now)
    {
        if (IsConnected)
        {
            LastSeenAt = now;
            if (Chosen != ChosenStatus.Invisible) PublicLastSeenAt = now;
        }
        return new PresenceRow(UserId, Chosen.Name(), Message, ExpiresAt, Activity?.Name, PublicLastSeenAt, ChangeGeneration);
    }
}
