namespace Gatehouse.Server.Features.Presence.Contracts;

/// <summary>
/// What other features may ask of or tell the presence feature about members. Statuses are the
/// API's names (<c>online idle dnd invisible offline</c>); the registry, its records and the
/// gateway stay inside the feature.
/// </summary>
public interface IMemberPresence
{
    /// <summary>The statuses a member may choose (<c>offline</c> is never chosen: it is what no session means).</summary>
    IReadOnlyList<string> ChoosableStatuses { get; }

    /// <summary>The live status of a member as a viewer sees it: offline without a session, or invisible to a viewer who may not see it.</summary>
    Task<string> StatusOfAsync(Guid userId, bool seeInvisible, CancellationToken ct);

    /// <summary>Members who are not offline, with the status the viewer sees.</summary>
    Task<IReadOnlyDictionary<Guid, string>> PresentAsync(bool seeInvisible, CancellationToken ct);

    /// <summary>A member's chosen status was written to their row: connected sessions follow it now.</summary>
    Task ApplyChosenStatusAsync(Guid userId, string status, string? message, DateTime? expiresAt, CancellationToken ct);
}

/// <summary>Messages to a member's connected site clients (the <c>/gateway</c> hub).</summary>
public interface IMemberGateway
{
    /// <summary>Sends <paramref name="payload"/> as <paramref name="eventName"/> to every gateway connection of the member.</summary>
    Task NotifyAsync(Guid userId, string eventName, object payload, CancellationToken ct);

    /// <summary>Closes every gateway connection of the member (kicked or banned).</summary>
    void Disconnect(Guid userId);
}
