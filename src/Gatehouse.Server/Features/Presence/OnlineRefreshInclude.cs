using Gatehouse.Server.Features.Auth.Contracts;
using Gatehouse.Server.Features.Presence.Model;
using Gatehouse.Server.Features.Presence.Observers;
using Gatehouse.Server.Features.Presence.Registry;
using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Security;

namespace Gatehouse.Server.Features.Presence;

/// <summary>
/// Who's online's first data in a session's renewal (<c>include=online</c>): the answer of
/// <c>GET /presence?exclude_offline=true&amp;include=user&amp;limit=1000</c> for a member holding presence.read and
/// users.read, what the admin app's boot script draws the list from on a cold load of the page.
/// </summary>
public sealed class OnlineRefreshInclude(AccessService access, PresenceFanout fanout, PresenceSnapshots snapshots, PresenceMemberCards cards)
    : IRefreshInclude
{
    public string Name => "online";

    public async Task<object?> ReadAsync(CurrentActor actor, CancellationToken ct)
    {
        if (!actor.Has(Permissions.PresenceRead) || !actor.Has(Permissions.UsersRead)) return null;
        var v = new Validator();
        var filter = PresenceFilterRequest.FromQuery(null, null, null, true, v).Build(await access.RolesForReadingAsync(ct), v)
            ?? throw new InvalidOperationException("Who's online's filter is valid.");
        return await GetPresence.ReadAsync(filter, GetPresence.MaxLimit, null, true, actor, fanout, snapshots, cards, ct);
    }
}
