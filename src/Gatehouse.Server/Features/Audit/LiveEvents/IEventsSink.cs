using Gatehouse.Server.Infrastructure.Events;

namespace Gatehouse.Server.Features.Audit.LiveEvents;

/// <summary>Where one <c>events</c> subscription writes: a live-hub connection or a Server-Sent Events response.</summary>
public interface IEventsSink
{
    /// <summary>The member following; access is re-checked for them when it may have changed.</summary>
    Guid UserId { get; }

    Task SendAsync(DomainEvent[] batch);

    /// <summary>Tells the client why the subscription ended (best effort).</summary>
    Task SendEndedAsync(string reason);

    /// <summary>Cuts the connection of a client that let its queue fill.</summary>
    void Abort();
}
