namespace Gatehouse.Server.Infrastructure.Events;

/// <summary>
/// Who is making the current request, as events and other infrastructure need it. The auth layer
/// fills it: a signed-in member sets <see cref="UserId"/>; an API key sets <see cref="ApiKeyId"/>.
/// </summary>
public interface ICurrentActorInfo
{
    Guid? UserId { get; }

    Guid? ApiKeyId { get; }
}
