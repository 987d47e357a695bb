using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure.Events;
using Gatehouse.Server.Infrastructure.Persistence;

namespace Gatehouse.Server.Features.Users.Search;

/// <summary>
/// Role holders counted in this node's <see cref="MemberSearchIndex"/>, which knows every member's roles and whether they
/// are deleted: a pass over the copy after it caught up (every commit before the request started), instead of a
/// grouped count over every role link joined to the members (~85 ms of CPU per role list at 100k members).
/// </summary>
public sealed class IndexedRoleHolderCounts(GatehouseDb db, MemberSearchIndex index, RequestOutboxPosition outbox) : IRoleHolderCounts
{
    public async Task<IReadOnlyDictionary<Guid, int>> CountLiveByRoleAsync(CancellationToken ct)
    {
        await index.CatchUpAsync(db, ct, outbox.Read);
        return index.CountLiveByRole();
    }
}
