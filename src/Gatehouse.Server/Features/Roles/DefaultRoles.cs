using Gatehouse.Server.Features.Roles.Contracts;
namespace Gatehouse.Server.Features.Roles;

/// <summary>The roles every Gatehouse starts with (DESIGN §3). They can be edited but not deleted.</summary>
public static class DefaultRoles
{
    public const string Admin = "admin";
    public const string Moderator = "moderator";
    public const string Staff = "staff";
    public const string Member = "member";
    public const string Guest = "guest";

    /// <summary>The role a new user gets when none is given.</summary>
    public const string NewUserRole = Member;

    public static IReadOnlyList<Role> Create(DateTime now) =>
    [
        Make(now, Admin, "Full control of the community, except owner-only actions.", 100, "#e74c3c", true, [Permissions.Administrator]),
        Make(now, Moderator, "Handles reports and sanctions.", 50, "#3498db", true,
            [Permissions.UsersRead, Permissions.UsersUpdate, Permissions.PresenceRead, "moderation.*", Permissions.ReportsManage,
             Permissions.AnalyticsRead, Permissions.AuditRead, Permissions.RolesRead]),
        Make(now, Staff, "Team members who follow the community.", 30, "#2ecc71", true,
            [Permissions.UsersRead, Permissions.PresenceRead, Permissions.RolesRead, Permissions.AnalyticsRead]),
        Make(now, Member, "Everyone who joined.", 10, "#95a5a6", false, []),
        Make(now, Guest, "Visitors with a limited account.", 0, "#7f8c8d", false, []),
    ];

    private static Role Make(DateTime now, string name, string description, int priority, string color, bool hoist, List<string> allow) => new()
    {
        Name = name,
        NameNormalized = Role.Normalize(name),
        Description = description,
        Priority = priority,
        Color = color,
        Hoist = hoist,
        Allow = allow,
        IsSystem = true,
        CreatedAt = now,
        UpdatedAt = now,
    };
}
