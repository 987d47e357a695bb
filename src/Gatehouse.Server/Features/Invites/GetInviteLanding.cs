using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gatehouse.Server.Features.Invites;

public static class GetInviteLanding
{
    /// <summary>What the public invite page shows before anyone accepts: nothing about who made it or why.</summary>
    /// <param name="State">active, revoked, expired or used_up.</param>
    /// <param name="Roles">Role names given on joining.</param>
    public sealed record Landing(string Code, string State, DateTime? ExpiresAt, IReadOnlyList<string> Roles);

    public static async Task<Ok<Landing>> Handle(string code, GatehouseDb db, AccessService access, TimeProvider time, CancellationToken ct)
    {
        var invite = await InviteCodes.FindAsync(db, code, track: false, ct);
        var roles = await access.RolesAsync(ct);
        var state = invite.Unusable(time.GetUtcNow().UtcDateTime) ?? InviteStates.Active;
        return TypedResults.Ok(new Landing(invite.Code, state, invite.ExpiresAt, [.. AssignableRoles.Describe(roles, invite.RoleIds).Select(r => r.Name)]));
    }
}
