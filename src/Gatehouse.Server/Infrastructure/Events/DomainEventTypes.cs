namespace Gatehouse.Server.Infrastructure.Events;

/// <summary>
/// The catalogue of event type names, in one place so webhooks, analytics and tests agree on them.
/// A feature adds its own names here (moderation.*, report.*, …); renaming one breaks subscribers.
/// </summary>
public static class DomainEventTypes
{
    public const string UserCreated = "user.created";
    public const string UserUpdated = "user.updated";
    public const string UserDeleted = "user.deleted";
    public const string UserDisabled = "user.disabled";
    public const string UserEnabled = "user.enabled";
    public const string UserRolesChanged = "user.roles_changed";
    public const string UserLeft = "user.left";
    public const string UserReturned = "user.returned";
    public const string UserRestored = "user.restored";
    /// <summary>A member's personal data was erased (GDPR); the payload carries only the id.</summary>
    public const string UserErased = "user.erased";

    public const string RoleCreated = "role.created";
    public const string RoleUpdated = "role.updated";
    public const string RoleDeleted = "role.deleted";
    public const string RoleReordered = "role.reordered";

    public const string StatusChanged = "status.changed";

    public const string SanctionApplied = "moderation.sanction_applied";
    public const string SanctionLifted = "moderation.sanction_lifted";
    public const string ReportCreated = "report.created";
    public const string ReportUpdated = "report.updated";
    public const string ReportResolved = "report.resolved";

    /// <summary>An alert rule started firing or resolved (the alerts feature).</summary>
    public const string AnalyticsAlert = "analytics.alert";

    public static readonly IReadOnlyList<string> All =
    [
        UserCreated, UserUpdated, UserDeleted, UserDisabled, UserEnabled, UserRolesChanged, UserLeft, UserReturned, UserRestored, UserErased,
        RoleCreated, RoleUpdated, RoleDeleted, RoleReordered,
        StatusChanged,
        SanctionApplied, SanctionLifted, ReportCreated, ReportUpdated, ReportResolved,
        AnalyticsAlert,
    ];
}

/// <summary>Aggregate type names carried by events.</summary>
public static class AggregateTypes
{
    public const string User = "user";
    public const string Role = "role";
    public const string Presence = "presence";
}
