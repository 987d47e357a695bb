namespace Gatehouse.Server.Features.Presence.Contracts;

/// <summary>
/// Told when a gateway session opens or closes on this node (analytics counts sessions and who is
/// online from it). Called on the hub's path: keep it cheap and never throw.
/// </summary>
public interface IGatewaySessionObserver
{
    void Opened(Guid userId, string connectionId, string platform);

    void Closed(Guid userId, string connectionId, string platform);
}
