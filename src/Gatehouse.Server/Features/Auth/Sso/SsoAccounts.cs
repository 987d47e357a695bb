using System.Security.Claims;
using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Auth.Sso;

/// <summary>What a provider's answer means for Gatehouse: which member it is, or why nobody.</summary>
/// <param name="Refusal">Null on success; otherwise a short code the sign-in page explains (email-unverified, no-account…).</param>
public sealed record SsoOutcome(Guid? UserId, string? Refusal);

/// <summary>
/// Finds the Gatehouse member behind a provider's answer: an identity linked before; else the
/// account with the same e-mail, linked now, but only when the provider says the e-mail is
/// verified (an unverified one would let anyone who types an address at the provider take the
/// account); else, when the provider allows it, a new member with the default role. Mapped
/// groups then set the roles the mapping manages. All of it in one transaction, audited.
/// </summary>
public sealed class SsoAccounts(GatehouseDb db, IMemberWrites members, IMemberSignIns signIns, IAuditLog audit, SecurityNotices notices, TimeProvider time)
{
    /// <summary>A disabled, banned or erased member learns no more than the reason code.</summary>
    public async Task<SsoOutcome> CheckStandingAsync(SsoProvider provider, Guid userId, CancellationToken ct)
    {
        var user = await signIns.FindAsync(userId, ct);
        if (user is not null && user.IsActive(time.GetUtcNow().UtcDateTime)) return new SsoOutcome(userId, null);
        var reason = user is null || user.DeletedAt is not null ? "no-account" : user.IsDisabled ? "account-disabled" : "account-banned";
        await audit.RecordAloneAsync(new AuditRecord("auth.login", "user", userId.ToString(), new { provider = provider.Id, reason }, AuditResults.Fail, userId), ct);
        return new SsoOutcome(null, reason);
    }

    public async Task<SsoOutcome> ResolveAsync(SsoProvider provider, ClaimsPrincipal principal, CancellationToken ct)
    {
        var subject = principal.FindFirst("sub")?.Value;
        if (string.IsNullOrEmpty(subject) || subject.Length > 256) return await RefuseAsync(provider, null, "no-subject", ct);
        var email = principal.FindFirst("email")?.Value?.Trim();
        var verified = string.Equals(principal.FindFirst("email_verified")?.Value, "true", StringComparison.OrdinalIgnoreCase);

        // An existing member whose account a provider may now sign in to is told (a new member has just signed up).
        Guid? linkedExisting = null;
        var outcome = await db.WriteAsync(async c =>
        {
            linkedExisting = null;
            var now = time.GetUtcNow().UtcDateTime;
            var identity = await db.SsoIdentities.FirstOrDefaultAsync(i => i.ProviderId == provider.Id && i.Subject == subject, c);
            var created = false;
            if (identity is null)
            {
                if (string.IsNullOrEmpty(email) || email.Length > 254) return Refuse(provider, subject, "no-email");
                if (!verified) return Refuse(provider, subject, "email-unverified", email);
                var existing = (await signIns.FindByEmailAsync(email, c))?.Id;
                created = existing is null;
                if (created && !provider.AutoCreate) return Refuse(provider, subject, "no-account", email);
                var userId = existing ?? await CreateAsync(provider, principal, email, c);
                identity = new SsoIdentity { UserId = userId, ProviderId = provider.Id, Subject = subject, Email = email, LinkedAt = now };
                db.SsoIdentities.Add(identity);
                audit.Record(new AuditRecord("auth.sso_linked", "user", userId.ToString(),
                    new { provider = provider.Id, subject, email, created }, ActorUserId: userId));
                if (!created) linkedExisting = userId;
            }
            identity.LastSignInAt = now;
            // A member created just now got the mapped roles with the default one (the row is not saved yet).
            if (!created) await SyncRolesAsync(provider, principal, identity.UserId, c);
            return new SsoOutcome(identity.UserId, null);
        }, ct);
        if (linkedExisting is { } linked) await notices.SendAsync(linked, "sso_linked", provider.DisplayName);
        return outcome;
    }

    private async Task<Guid> CreateAsync(SsoProvider provider, ClaimsPrincipal principal, string email, CancellationToken ct)
    {
        var roleIds = new List<Guid>();
        if (provider.DefaultRoleId is { } role) roleIds.Add(role);
        else if ((await RoleDirectory.LoadAsync(db, ct)).NewMemberRole is { } fallback) roleIds.Add(fallback.Id);
        if (Mapping(provider, principal) is { } mapped) roleIds.AddRange(mapped.Wanted);
        var username = principal.FindFirst("preferred_username")?.Value ?? email.Split('@')[0];
        return await members.CreateSignOnMemberAsync(username, principal.FindFirst("name")?.Value ?? username, email, roleIds, ct);
    }

    private async Task SyncRolesAsync(SsoProvider provider, ClaimsPrincipal principal, Guid userId, CancellationToken ct)
    {
        if (Mapping(provider, principal) is { } mapped) await members.SyncMappedRolesAsync(userId, mapped.Managed, mapped.Wanted, ct);
    }

    /// <summary>The roles the provider's mapping manages, and those of them the member's groups call for.</summary>
    private static (HashSet<Guid> Managed, HashSet<Guid> Wanted)? Mapping(SsoProvider provider, ClaimsPrincipal principal)
    {
        if (provider.RolesClaim is null || provider.RoleMappings.Count == 0) return null;
        var groups = principal.FindAll(provider.RolesClaim).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        return (provider.RoleMappings.Select(m => m.RoleId).ToHashSet(),
            provider.RoleMappings.Where(m => groups.Contains(m.Group)).Select(m => m.RoleId).ToHashSet());
    }

    private SsoOutcome Refuse(SsoProvider provider, string? subject, string reason, string? email = null)
    {
        audit.Record(new AuditRecord("auth.sso_login", "sso_provider", provider.Id, new { subject, email, reason }, AuditResults.Fail));
        return new SsoOutcome(null, reason);
    }

    private async Task<SsoOutcome> RefuseAsync(SsoProvider provider, string? subject, string reason, CancellationToken ct)
    {
        await audit.RecordAloneAsync(new AuditRecord("auth.sso_login", "sso_provider", provider.Id, new { subject, reason }, AuditResults.Fail), ct);
        return new SsoOutcome(null, reason);
    }
}
