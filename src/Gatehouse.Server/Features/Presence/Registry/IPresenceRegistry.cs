using Gatehouse.Server.Features.Presence.Gateway;
using Gatehouse.Server.Features.Presence.Model;

namespace Gatehouse.Server.Features.Presence.Registry;

/// <summary>
/// Who is connected and what their presence is. The in-process registry is the default; a later
/// Redis-backed registry shares it between nodes, so every member is asynchronous and the contract
/// says nothing about where the state lives. Every committed change goes to the
/// <see cref="IPresenceChangeSink"/>s with a version from <see cref="PresenceVersionClock"/>.
/// </summary>
public interface IPresenceRegistry
{
    /// <summary>True when the registry holds the user's state, so a new session needs no seed from the database.</summary>
    bool IsTracked(Guid userId);

    /// <summary>Adds a session. Returns null when the user is not tracked and no seed was given: load one and call again.</summary>
    ValueTask<PresenceUpdate?> ConnectAsync(GatewaySession session, PresenceSeed? seed, CancellationToken ct);

    /// <summary>Removes a session; the last one starts the offline grace period.</summary>
    ValueTask DisconnectAsync(GatewaySession session, CancellationToken ct);

    /// <summary>An interaction ping: cheap, no event unless the session was idle.</summary>
    ValueTask RecordActivityAsync(GatewaySession session, CancellationToken ct);

    /// <summary>Sets the chosen status, message and expiry. Null when the user is not tracked (the caller writes the row).</summary>
    ValueTask<PresenceUpdate?> SetStatusAsync(Guid userId, ChosenStatus status, string? message, DateTime? expiresAt, CancellationToken ct);

    /// <summary>Sets or clears the rich activity of a connected user. Null when the user is not tracked.</summary>
    ValueTask<PresenceUpdate?> SetActivityAsync(Guid userId, PresenceActivity? activity, CancellationToken ct);

    /// <summary>The user's role ids changed: role filters use the new ones from the next change on.</summary>
    ValueTask UpdateRolesAsync(Guid userId, Guid[] roles, CancellationToken ct);

    ValueTask<PresenceRecord?> GetAsync(Guid userId, CancellationToken ct);

    /// <summary>Every user who is not offline.</summary>
    ValueTask<IReadOnlyList<PresenceRecord>> SnapshotAsync(CancellationToken ct);

    /// <summary>Every user the registry holds, connected or not.</summary>
    IReadOnlyCollection<Guid> TrackedUsers { get; }

    /// <summary>One pass over everyone: idle sessions, ended grace periods, expired custom statuses, eviction of offline users.</summary>
    ValueTask SweepAsync(CancellationToken ct);

    /// <summary>Rows whose presence columns changed since they were last saved (and online users' last-seen times, coarsely).</summary>
    IReadOnlyList<PresenceRow> CollectUnsaved(bool everyone);

    /// <summary>The batch writer saved these rows.</summary>
    void MarkSaved(IReadOnlyList<PresenceRow> rows);
}
