namespace Gatehouse.Tests.Architecture;

/// <summary>
/// The allowed dependencies between features, as data, in one place. A feature may use another
/// feature only through that feature's <c>Contracts</c> namespace, and only along an edge listed
/// here. <see cref="KnownDebt"/> held the uses that predated the contracts (it is empty now): the test fails on any
/// use that is in neither list, so the debt can only shrink.
/// </summary>
public static class AllowedDependencies
{
    /// <summary>(user feature, used feature): the user may call the used feature's contract.</summary>
    public static readonly IReadOnlySet<(string From, string To)> Contracts = new HashSet<(string, string)>
    {
        ("Roles", "Users"), // deleting a role moves its holders through the member write path; permissions, role counts and the last-administrator rule read member accounts
        ("Presence", "Users"), // a chosen status is stored through the member write path
        ("Users", "Presence"), // a member's status in the API is their live presence
        ("Moderation", "Presence"), // report assignment prefers moderators online; sanctions reach site clients
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
        ("ApiKeys", "Roles"), // a key's scopes are capped by its creator's effective permissions
        ("Auth", "Roles"), // a request's actor is loaded with its effective permissions
        ("Demo", "Roles"), // the demo community gives its members roles
        ("Moderation", "Roles"), // who may moderate whom: permissions and the hierarchy
        ("Presence", "Roles"), // who may read presence, and role filters
        ("Users", "Roles"), // member writes check the hierarchy and the last-administrator rule
        ("SiteIntegration", "Users"), // site members are created and synced through the member write path
        ("SiteIntegration", "Auth"), // connection tokens are signed with Auth's rotating keys
        ("SiteIntegration", "Moderation"), // a banned site member is refused with the ban's sentence
        ("SiteIntegration", "Audit"), // refused site members are audited
        ("Auth", "Users"), // sign-in reads who a member is and whether they may come in; an e-mail change goes through the member write path
        ("Alerts", "Audit"), // writes its changes to the audit log
        ("Alerts", "Analytics"), // rules evaluate live metrics; backtests replay rollups
        ("Alerts", "Roles"), // alerts.manage guards its endpoints and live topic
        ("Alerts", "Webhooks"), // webhook channels post through the webhooks feature's signed, guarded sender
        ("Analytics", "Audit"), // writes consent changes to the audit log
        ("Imports", "Users"), // imported rows are checked and written through the member import contract
        ("Imports", "Audit"), // writes its changes to the audit log
        ("Imports", "Roles"), // users.import guards its endpoints
        ("Analytics", "Presence"), // counts gateway sessions and who is online from session open/close
        ("Groups", "Users"), // rules read member facts and change roles and tags through the member write path
        ("Groups", "Audit"), // writes its changes to the audit log
        ("Groups", "Roles"), // groups.manage guards its endpoints; a rule's role is bounded by its owner's rank
        ("Groups", "Analytics"), // minutes online and latest client per member
        ("Groups", "Moderation"), // sanctions in a window per member
        ("Groups", "Invites"), // the invite-used test: which invites members came in through
        ("Backups", "Audit"), // backs up the audit key, verifies a restored chain, audits backups and downloads
        ("ScheduledReports", "Audit"), // audit extracts, and writes its changes to the audit log
        ("ScheduledReports", "Users"), // member lists through the member directory
        ("ScheduledReports", "Moderation"), // the moderation log
        ("ScheduledReports", "Analytics"), // metric series for the analytics summary
        ("ScheduledReports", "Roles"), // reports.schedule guards its endpoints and live topic
        ("ScheduledReports", "Webhooks"), // webhook recipients get signed POSTs through the webhooks feature's sender
        ("Invites", "Users"), // people join, come back and get roles through the member write path
        ("Invites", "Audit"), // writes its changes to the audit log
        ("Invites", "Roles"), // invites.manage guards its endpoints; an invite's roles follow the creator's hierarchy
        // Privacy: each feature contributes its personal data (export, erasure, retention) through Privacy's contracts;
        // Privacy itself reads members, audit keys and analytics consent through theirs.
        ("Analytics", "Privacy"), ("Audit", "Privacy"), ("Auth", "Privacy"), ("Imports", "Privacy"), ("Moderation", "Privacy"),
        ("Users", "Privacy"), ("Webhooks", "Privacy"),
        ("Privacy", "Analytics"), ("Privacy", "Audit"), ("Privacy", "Users"),
        ("Users", "Auth"), // disabling, deleting and leaving end the member's sessions; new members get their first password or set-up link
        ("Moderation", "Auth"), // kick and ban end the member's sessions
        ("Presence", "Auth"), // Who's online's first page comes with the session's renewal on a cold load (IRefreshInclude)
        ("Moderation", "Users"), // the ban flag on the member row, member checks, usernames, report assignees' accounts
        ("ApiKeys", "Users"), // key creators' usernames
        ("Webhooks", "Users"), // role filters read the roles of the member an event is about
        ("Webhooks", "Roles"), // role filters name roles by id or name
        ("Ops", "Demo"), // server-info says whether the community is simulated
        ("Demo", "Users"), // the demo community's members are seeded through the member seeding contract
        ("Demo", "Presence"), // the demo community's sessions are simulated through the presence registry
    };

    /// <summary>Feature uses outside a contract, as "From -> Full.Type.Name", and Infrastructure uses of features, as "Infrastructure -> Type".</summary>
    public static readonly IReadOnlySet<string> KnownDebt = new HashSet<string>(StringComparer.Ordinal)
    {
        // Empty: every cross-feature use goes through a contract, and Infrastructure uses no feature. The last entry,
        // Auth's use of the member row for sign-in secrets, went when they moved to Auth's own table (MoveCredentialsToAuth).
        // Keep it empty: a new entry here is a seam to mend, not a place to park a shortcut.
    };
}
