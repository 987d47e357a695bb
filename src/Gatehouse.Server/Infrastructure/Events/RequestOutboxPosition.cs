namespace Gatehouse.Server.Infrastructure.Events;

/// <summary>
/// The outbox's last sequence as read when this request was authenticated (with the session, in the same query).
/// Every commit made before the request started is at or below it, so a read that needs "everything committed so
/// far" (a node's copy catching up) can use it instead of asking the database again. Null when nothing read it.
/// </summary>
public sealed class RequestOutboxPosition
{
    public long? Read { get; set; }
}
