namespace Gatehouse.Server.Infrastructure.Events;

/// <summary>
/// How a write records what happened. The event joins the caller's unit of work (the scoped
/// <c>GatehouseDb</c>): it commits in the same transaction as the change, or not at all.
/// </summary>
public interface IDomainEvents
{
    /// <param name="payload">Serialized as JSON with the API's naming (snake_case); never put secrets in it.</param>
    void Record(string type, string aggregateType, string aggregateId, long aggregateVersion, object payload);
}
