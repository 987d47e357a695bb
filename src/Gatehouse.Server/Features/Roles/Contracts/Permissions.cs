namespace Gatehouse.Server.Features.Roles.Contracts;

/// <summary>The fixed permission catalogue (DESIGN §3). Unknown strings are refused with a 400.</summary>
public static class Permissions
{
    public const string UsersRead = "users.read";
    public const string UsersCreate = "users.create";
    public const string UsersUpdate = "users.update";
    public const string UsersDelete = "users.delete";
    public const string UsersImport = "users.import";
    public const string UsersExport = "users.export";
    /// <summary>Reset someone else's password, e-mail or two-factor sign-in (never by setting a password one could use silently).</summary>
    public const string UsersCredentials = "users.credentials";
    public const string RolesRead = "roles.read";
    public const string RolesManage = "roles.manage";
    public const string RolesAssign = "roles.assign";
    public const string PresenceRead = "presence.read";
    public const string PresenceSeeInvisible = "presence.see_invisible";
    public const string ModerationRead = "moderation.read";
    public const string ModerationWarn = "moderation.warn";
    public const string ModerationMute = "moderation.mute";
    public const string ModerationKick = "moderation.kick";
    public const string ModerationBan = "moderation.ban";
    public const string ReportsManage = "reports.manage";
    public const string AnalyticsRead = "analytics.read";
    public const string AnalyticsExport = "analytics.export";
    public const string AlertsManage = "alerts.manage";
    /// <summary>Create and edit dynamic group rules (roles and tags given by conditions).</summary>
    public const string GroupsManage = "groups.manage";
    /// <summary>Create, run and download scheduled reports (summaries of members, moderation, analytics and audit sent by e-mail or webhook).</summary>
    public const string ReportsSchedule = "reports.schedule";
    public const string AuditRead = "audit.read";
    public const string WebhooksManage = "webhooks.manage";
    public const string ApiKeysManage = "apikeys.manage";
    public const string InvitesManage = "invites.manage";
    public const string PrivacyManage = "privacy.manage";
    public const string SettingsManage = "settings.manage";
    /// <summary>Mint connection tokens for a site's members (an API key scope for the site's back end).</summary>
    public const string SiteTokens = "site.tokens";
    public const string Administrator = "administrator";

    public static readonly IReadOnlyList<string> All =
    [
        UsersRead, UsersCreate, UsersUpdate, UsersDelete, UsersImport, UsersExport, UsersCredentials,
        RolesRead, RolesManage, RolesAssign,
        PresenceRead, PresenceSeeInvisible,
        ModerationRead, ModerationWarn, ModerationMute, ModerationKick, ModerationBan, ReportsManage,
        AnalyticsRead, AnalyticsExport, AlertsManage, GroupsManage, ReportsSchedule,
        AuditRead, WebhooksManage, ApiKeysManage, InvitesManage, PrivacyManage, SettingsManage,
        SiteTokens,
        Administrator,
    ];

    private static readonly HashSet<string> Known = [.. All];

    /// <summary>The area of a permission (<c>users</c> for <c>users.read</c>); <c>administrator</c> is its own area.</summary>
    public static string AreaOf(string permission)
    {
        var dot = permission.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? permission : permission[..dot];
    }

    private static readonly HashSet<string> Areas = [.. All.Select(AreaOf)];

    /// <summary>A permission string or wildcard (<c>users.*</c>, <c>*</c>) that a role may carry.</summary>
    public static bool IsValidGrant(string value) =>
        value == "*"
        || Known.Contains(value)
        || (value.EndsWith(".*", StringComparison.Ordinal) && Areas.Contains(value[..^2]));

    public static bool IsKnown(string permission) => Known.Contains(permission);

    /// <summary>Does a grant (exact or wildcard) cover this permission?</summary>
    public static bool Matches(string grant, string permission) =>
        grant == "*"
        || grant == permission
        || (grant.EndsWith(".*", StringComparison.Ordinal)
            && permission.StartsWith(grant.AsSpan(0, grant.Length - 1), StringComparison.Ordinal));

    /// <summary>Expands grants (with wildcards) into the concrete permissions they cover.</summary>
    public static IEnumerable<string> Expand(IEnumerable<string> grants)
    {
        var list = grants.ToList();
        return All.Where(p => list.Any(g => Matches(g, p)));
    }
}
