namespace Gatehouse.Tests.Architecture;

/// <summary>
/// The allowed dependencies between features, as data, in one place. A feature may use another
/// feature only through that feature's <c>Contracts</c> namespace, and only along an edge listed
/// here. <see cref="KnownDebt"/> lists the uses that predate the contracts: the test fails on any
/// use that is in neither list, so the debt can only shrink.
/// </summary>
public static class AllowedDependencies
{
    /// <summary>(user feature, used feature): the user may call the used feature's contract.</summary>
    public static readonly IReadOnlySet<(string From, string To)> Contracts = new HashSet<(string, string)>
    {
        ("Roles", "Users"), // deleting a role moves its holders through the member write path
        ("ApiKeys", "Audit"), // writes its changes to the audit log
        ("Auth", "Audit"), // writes its changes to the audit log
        ("Demo", "Audit"), // writes its changes to the audit log
        ("Moderation", "Audit"), // writes its changes to the audit log
        ("Presence", "Audit"), // writes its changes to the audit log
        ("Roles", "Audit"), // writes its changes to the audit log
        ("Users", "Audit"), // writes its changes to the audit log
        ("Webhooks", "Audit"), // writes its changes to the audit log
        ("Presence", "Moderation"), // a muted member may not set a status message or activity
        ("Auth", "Moderation"), // a banned member's sign-in says why and until when
        ("Alerts", "Audit"), // writes its changes to the audit log
        ("Alerts", "Analytics"), // rules evaluate live metrics; backtests replay rollups
        ("Alerts", "Roles"), // alerts.manage guards its endpoints and live topic
        ("Analytics", "Audit"), // writes consent changes to the audit log
        ("Analytics", "Presence"), // counts gateway sessions and who is online from session open/close
    };

    /// <summary>Feature uses outside a contract, as "From -> Full.Type.Name", and Infrastructure uses of features, as "Infrastructure -> Type".</summary>
    public static readonly IReadOnlySet<string> KnownDebt = new HashSet<string>(StringComparer.Ordinal)
    {
        // Added with API keys, webhooks and the security fixes, before Audit and Roles had contract namespaces.
        "ApiKeys -> Gatehouse.Server.Features.Roles.AccessService",
        "ApiKeys -> Gatehouse.Server.Features.Roles.Hierarchy",
        "ApiKeys -> Gatehouse.Server.Features.Roles.PermissionDecision",
        "ApiKeys -> Gatehouse.Server.Features.Roles.Permissions",
        "Alerts -> Gatehouse.Server.Features.Roles.Permissions", // until Permissions moves into Roles.Contracts
        "ApiKeys -> Gatehouse.Server.Features.Roles.RoleGrant",
        "ApiKeys -> Gatehouse.Server.Features.Roles.UserAccess",
        "ApiKeys -> Gatehouse.Server.Features.Users.User",
        "Auth -> Gatehouse.Server.Features.Audit.AuditKey",
        "Auth -> Gatehouse.Server.Features.Roles.Hierarchy",
        "Infrastructure -> Gatehouse.Server.Features.ApiKeys.ApiKey",
        "Webhooks -> Gatehouse.Server.Features.Roles.Role",
        "Webhooks -> Gatehouse.Server.Features.Users.UserRole",
        "Auth -> Gatehouse.Server.Features.Roles.AccessService",
        "Auth -> Gatehouse.Server.Features.Roles.PermissionDecision",
        "Auth -> Gatehouse.Server.Features.Roles.Role",
        "Auth -> Gatehouse.Server.Features.Roles.RoleDirectory",
        "Auth -> Gatehouse.Server.Features.Roles.RoleGrant",
        "Auth -> Gatehouse.Server.Features.Roles.UserAccess",
        "Auth -> Gatehouse.Server.Features.Users.LiveStatuses",
        "Auth -> Gatehouse.Server.Features.Users.User",
        "Auth -> Gatehouse.Server.Features.Users.UserResponse",
        "Auth -> Gatehouse.Server.Features.Users.UserRole",
        "Auth -> Gatehouse.Server.Features.Users.UserRules",
        "Demo -> Gatehouse.Server.Features.Presence.Gateway.GatewaySession",
        "Demo -> Gatehouse.Server.Features.Presence.Model.ChosenStatus",
        "Demo -> Gatehouse.Server.Features.Presence.Model.ClientPlatform",
        "Demo -> Gatehouse.Server.Features.Presence.Model.PresenceActivity",
        "Demo -> Gatehouse.Server.Features.Presence.Model.PresenceSeed",
        "Demo -> Gatehouse.Server.Features.Presence.Model.PresenceUpdate",
        "Demo -> Gatehouse.Server.Features.Presence.Registry.IPresenceRegistry",
        "Demo -> Gatehouse.Server.Features.Presence.Registry.PresenceSeedLoader",
        "Demo -> Gatehouse.Server.Features.Roles.Role",
        "Demo -> Gatehouse.Server.Features.Roles.RoleDirectory",
        "Demo -> Gatehouse.Server.Features.Users.User",
        "Demo -> Gatehouse.Server.Features.Users.UserRole",
        "Infrastructure -> Gatehouse.Server.Features.Audit.AuditEntry",
        "Infrastructure -> Gatehouse.Server.Features.Audit.Contracts.AuditRecord",
        "Infrastructure -> Gatehouse.Server.Features.Audit.Contracts.IAuditLog",
        "Infrastructure -> Gatehouse.Server.Features.Auth.RefreshSession",
        "Infrastructure -> Gatehouse.Server.Features.Auth.RefreshToken",
        "Infrastructure -> Gatehouse.Server.Features.Auth.SigningKey",
        "Infrastructure -> Gatehouse.Server.Features.Roles.PermissionDecision",
        "Infrastructure -> Gatehouse.Server.Features.Roles.Role",
        "Infrastructure -> Gatehouse.Server.Features.Roles.RoleGrant",
        "Infrastructure -> Gatehouse.Server.Features.Roles.RoleVersion",
        "Infrastructure -> Gatehouse.Server.Features.Users.User",
        "Infrastructure -> Gatehouse.Server.Features.Users.UserRole",
        "Moderation -> Gatehouse.Server.Features.Auth.RefreshTokens",
        "Moderation -> Gatehouse.Server.Features.Presence.Gateway.GatewayConnections",
        "Moderation -> Gatehouse.Server.Features.Presence.Gateway.GatewayHub",
        "Moderation -> Gatehouse.Server.Features.Presence.Model.PresenceRecord",
        "Moderation -> Gatehouse.Server.Features.Presence.Model.PresenceUpdate",
        "Moderation -> Gatehouse.Server.Features.Presence.Registry.IPresenceRegistry",
        "Moderation -> Gatehouse.Server.Features.Roles.AccessService",
        "Moderation -> Gatehouse.Server.Features.Roles.RoleDirectory",
        "Moderation -> Gatehouse.Server.Features.Roles.RoleGrant",
        "Moderation -> Gatehouse.Server.Features.Roles.UserAccess",
        "Moderation -> Gatehouse.Server.Features.Users.LoadTarget",
        "Moderation -> Gatehouse.Server.Features.Users.User",
        "Moderation -> Gatehouse.Server.Features.Users.UserRole",
        "Ops -> Gatehouse.Server.Features.Demo.DemoOptions",
        "Presence -> Gatehouse.Server.Features.Roles.AccessService",
        "Presence -> Gatehouse.Server.Features.Roles.Role",
        "Presence -> Gatehouse.Server.Features.Roles.RoleDirectory",
        "Presence -> Gatehouse.Server.Features.Roles.UserAccess",
        "Presence -> Gatehouse.Server.Features.Users.LoadTarget",
        "Presence -> Gatehouse.Server.Features.Users.User",
        "Presence -> Gatehouse.Server.Features.Users.UserRole",
        "Presence -> Gatehouse.Server.Features.Users.UserStatuses",
        "Roles -> Gatehouse.Server.Features.Users.User",
        "Roles -> Gatehouse.Server.Features.Users.UserRole",
        "Users -> Gatehouse.Server.Features.Auth.RefreshTokens",
        "Users -> Gatehouse.Server.Features.Presence.Model.ChosenStatus",
        "Users -> Gatehouse.Server.Features.Presence.Model.ChosenStatuses",
        "Users -> Gatehouse.Server.Features.Presence.Model.PresenceRecord",
        "Users -> Gatehouse.Server.Features.Presence.Model.PresenceUpdate",
        "Users -> Gatehouse.Server.Features.Presence.Registry.IPresenceRegistry",
        "Users -> Gatehouse.Server.Features.Roles.AccessService",
        "Users -> Gatehouse.Server.Features.Roles.AdministratorGuard",
        "Users -> Gatehouse.Server.Features.Roles.Hierarchy",
        "Users -> Gatehouse.Server.Features.Roles.PermissionDecision",
        "Users -> Gatehouse.Server.Features.Roles.Permissions",
        "Users -> Gatehouse.Server.Features.Roles.Role",
        "Users -> Gatehouse.Server.Features.Roles.RoleDirectory",
        "Users -> Gatehouse.Server.Features.Roles.RoleGrant",
        "Users -> Gatehouse.Server.Features.Roles.UserAccess",
    };
}
