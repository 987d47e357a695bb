namespace Gatehouse.Server.Infrastructure.Realtime;

/// <summary>Answers "may this account follow a topic that needs this permission", for the hub; the access rules live in their feature.</summary>
public interface ILiveAccess
{
    /// <summary>True when the account is active and holds <paramref name="permission"/> now.</summary>
    Task<bool> MayAsync(Guid userId, string permission, CancellationToken ct);
}
