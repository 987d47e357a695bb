using Gatehouse.Server.Features.Auth.Contracts;
using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Infrastructure;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Users;

/// <summary>Disabling, enabling and deleting a member: one path for the single endpoints and the batch.</summary>
public sealed partial class MemberWritePath
{
    private ISessionRevocation Sessions => services.GetRequiredService<ISessionRevocation>();

    /// <summary>Whether deleting removes the row (<c>Gatehouse:Users:DeleteMode=Hard</c>) rather than leaving a restorable tombstone.</summary>
    public bool HardDelete => string.Equals(services.GetRequiredService<IOptions<GatehouseOptions>>().Value.Users.DeleteMode, "Hard", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Disables (sign-in refused, sessions ended) or enables a member loaded for writing. The caller has
    /// checked the actor may; <paramref name="batch"/> marks the audit entry of a batch action.
    /// </summary>
    /// <returns>False when the member already was so (nothing written).</returns>
    public async Task<bool> SetDisabledAsync(User u, RoleDirectory roles, bool disable, string? reason, bool batch, CancellationToken ct)
    {
        if (u.IsDisabled == disable) return false;
        var edit = Begin(u, roles);
        u.IsDisabled = disable;
        u.DisabledReason = disable ? reason : null;
        if (disable) await Sessions.RevokeAllAsync(u.Id, "disabled", ct);
        object details = batch ? new { reason, batch = true } : new { reason };
        return await edit.CommitAsync(new MemberCommit(disable ? "user.disabled" : "user.enabled", details, new { reason }), ct);
    }

    /// <summary>
    /// Deletes a member loaded for writing, soft or hard by <see cref="HardDelete"/>, ending their sessions.
    /// The caller has checked the actor may; <paramref name="batch"/> marks the audit entry of a batch action.
    /// </summary>
    public async Task DeleteAsync(User u, RoleDirectory roles, bool batch, CancellationToken ct)
    {
        var hard = HardDelete;
        var edit = Begin(u, roles);
        await Sessions.RevokeAllAsync(u.Id, "deleted", ct);
        var mode = hard ? "hard" : "soft";
        if (!hard) u.DeletedAt = Now;
        object details = batch ? new { mode, before = edit.Before, batch = true } : new { mode, before = edit.Before };
        await edit.CommitAsync(new MemberCommit("user.deleted", details, new { mode }, Force: hard, Removed: true), ct);
        if (hard) db.Users.Remove(u);
    }
}
