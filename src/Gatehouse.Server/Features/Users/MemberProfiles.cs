using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure.Persistence;

namespace Gatehouse.Server.Features.Users;

public sealed class MemberProfiles(GatehouseDb db, LiveStatuses live, AccessService access) : IMemberProfiles
{
    public async Task<UserResponse?> FindAsync(Guid userId, IReadOnlyList<string>? permissions, CancellationToken ct)
    {
        var u = await MemberReads.FindAsync(db, userId, ct);
        return u is null ? null : await live.ApplyAsync(UserResponse.Of(u, await access.RolesForReadingAsync(ct), permissions), ct);
    }
}
