using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Users;

/// <summary>
/// Members that come from a site: found by (source, external id), created just in time and kept in
/// step with the site's profile through the same write path as every other change (validation,
/// hierarchy of the acting key, audit, events; a sync that changes nothing writes nothing).
/// </summary>
public sealed partial class MemberWritePath
{
    /// <summary>The request's actor (an API key minting a token), or none on the site-signed path.</summary>
    private CurrentActor? Actor => services.GetService<CurrentActor>();

    public async Task<SiteMemberResult> SyncSiteMemberAsync(SiteProfile profile, bool createIfMissing, CancellationToken ct)
    {
        Validate(profile);
        var actor = Actor;
        var roles = await RoleDirectory.LoadAsync(db, ct);
        var wanted = ResolveRoles(profile, roles);
        var user = await db.Users.Include(u => u.Roles)
            .FirstOrDefaultAsync(u => u.ExternalSource == profile.Source && u.ExternalId == profile.ExternalId, ct);
        if (user is null)
        {
            if (!createIfMissing) throw new RuleViolation(404, "site-member-unknown", Messages.Get("site.unknown_member"));
            return new SiteMemberResult(await CreateSiteMemberAsync(profile, roles, wanted, actor, ct), true, false, SiteMemberStanding.Active);
        }
        if (user.DeletedAt is not null) throw new RuleViolation(403, "account-deleted", Messages.Get("site.deleted_member"));
        // A banned or disabled member is refused before anything about them changes.
        if (user.IsDisabled) return new SiteMemberResult(user.Id, false, false, SiteMemberStanding.Disabled, user.DisabledReason);
        if (!user.IsActive(Now)) return new SiteMemberResult(user.Id, false, false, SiteMemberStanding.Banned);

        if (actor?.IsAuthenticated == true && Hierarchy.CanActOnUser(actor, AccessService.Compute(user.ToAccount(), roles.Grants)) is { } denied)
            throw Hierarchy.Denied(denied);
        if (await UserRules.FindDuplicateAsync(db, profile.Username, profile.Email, user.Id, ct) is { } field)
            throw RuleViolation.Duplicate(field);
        var edit = Begin(user, roles);
        if (profile.Username is { } username) { user.Username = username.Trim(); user.UsernameNormalized = User.NormalizeUsername(username); }
        if (profile.DisplayName is { } display) user.DisplayName = display.Trim().Length == 0 ? user.Username : display.Trim();
        if (profile.AvatarUrl is { } avatar) user.AvatarUrl = avatar.Length == 0 ? null : avatar;
        if (profile.Email is { } email) { user.Email = email.Trim(); user.EmailNormalized = email.Length == 0 ? null : User.NormalizeEmail(email); }
        if (wanted is not null) UserRules.ChangeRoles(user, wanted.Select(r => r.Id), roles, actor!, Now);
        var changed = await edit.CommitAsync(new MemberCommit("user.updated"), ct);
        return new SiteMemberResult(user.Id, false, changed, SiteMemberStanding.Active);
    }

    private async Task<Guid> CreateSiteMemberAsync(SiteProfile p, RoleDirectory roles, List<RoleGrant>? wanted, CurrentActor? actor, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(p.Username))
            throw new RuleViolation(400, "validation", $"username: {Messages.Get("required")}", new Dictionary<string, object?> { ["field"] = "username" });
        var given = wanted ?? (roles.NewMemberRole is { } fallback ? [fallback] : []);
        if (actor?.IsAuthenticated == true)
            foreach (var role in given)
                if (Hierarchy.CanAssign(actor, role) is { } reason) throw Hierarchy.Denied(reason);
        if (await UserRules.FindDuplicateAsync(db, p.Username, string.IsNullOrEmpty(p.Email) ? null : p.Email, null, ct) is { } field)
            throw RuleViolation.Duplicate(field);
        var now = Now;
        var u = new User
        {
            Username = p.Username.Trim(),
            UsernameNormalized = User.NormalizeUsername(p.Username),
            DisplayName = string.IsNullOrWhiteSpace(p.DisplayName) ? p.Username.Trim() : p.DisplayName.Trim(),
            Email = p.Email?.Trim() ?? "",
            EmailNormalized = string.IsNullOrEmpty(p.Email) ? null : User.NormalizeEmail(p.Email),
            AvatarUrl = string.IsNullOrEmpty(p.AvatarUrl) ? null : p.AvatarUrl,
            ExternalSource = p.Source,
            ExternalId = p.ExternalId,
            CreatedAt = now,
            UpdatedAt = now,
            Roles = [.. given.Select(r => new UserRole { RoleId = r.Id, AssignedAt = now })],
        };
        u.RefreshSearchText();
        Create(u, roles);
        return u.Id;
    }

    /// <summary>Roles only come with an acting key (the site-signed path never assigns roles).</summary>
    private List<RoleGrant>? ResolveRoles(SiteProfile p, RoleDirectory roles)
    {
        if (p.Roles is null || Actor?.IsAuthenticated != true) return null;
        var v = new Validator();
        var found = UserRules.ResolveRoles(roles, p.Roles, "roles", v);
        if (!v.IsValid) throw Invalid(v);
        return found;
    }

    private static void Validate(SiteProfile p)
    {
        var v = new Validator()
            .Required("external_id", p.ExternalId).MaxLength("external_id", p.ExternalId, 128)
            .Username("username", p.Username?.Trim())
            .MaxLength("display_name", p.DisplayName, 64)
            .PublicHttpUrl("avatar_url", string.IsNullOrEmpty(p.AvatarUrl) ? null : p.AvatarUrl).MaxLength("avatar_url", p.AvatarUrl, 2048)
            .Email("email", string.IsNullOrEmpty(p.Email) ? null : p.Email);
        if (!v.IsValid) throw Invalid(v);
    }

    /// <summary>The first field error, named, as a 400 (the caller may be an authentication handler without a body to fill).</summary>
    private static RuleViolation Invalid(Validator v)
    {
        var (field, messages) = v.Errors.First();
        return new RuleViolation(400, "validation", $"{field}: {messages[0]}",
            new Dictionary<string, object?> { ["field"] = field, ["errors"] = v.Errors });
    }
}
