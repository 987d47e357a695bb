namespace Gatehouse.Server.Features.Users.Contracts;

/// <summary>Usernames for ids, for features that list who did something (deleted members included).</summary>
public interface IMemberNames
{
    Task<IReadOnlyDictionary<Guid, string>> UsernamesAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct);
}
