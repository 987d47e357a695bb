using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Infrastructure.Realtime;

namespace Gatehouse.Server.Features.Roles;

/// <summary>The live hub's permission check: the effective-permission rule, on an active account.</summary>
public sealed class LiveAccess(AccessService access, TimeProvider time) : ILiveAccess
{
    public async Task<bool> MayAsync(Guid userId, string permission, CancellationToken ct)
    {
        var user = await access.ForUserAsync(userId, ct);
        return user is not null && user.User.IsActive(time.GetUtcNow().UtcDateTime) && user.Has(permission);
    }
}
