namespace Gatehouse.Server.Features.Groups.Rules;

/// <summary>
/// A node of a rule's condition tree: either a group (<see cref="Op"/> <c>and</c>/<c>or</c> over
/// <see cref="Conditions"/>) or a test (<see cref="Type"/> with the fields that type uses).
/// </summary>
/// <param name="Op"><c>and</c> (all must hold) or <c>or</c> (one is enough), for a group.</param>
/// <param name="Type">A test: <c>active_minutes</c>, <c>joined_before</c>, <c>joined_after</c>, <c>has_tag</c>, <c>lacks_tag</c>,
/// <c>has_role</c>, <c>lacks_role</c>, <c>sanctions</c>, <c>last_seen_before</c>, <c>client_version</c>, <c>region</c>, <c>invite_used</c>.</param>
/// <param name="WindowDays">active_minutes and sanctions: how many days back the test looks.</param>
/// <param name="AtLeast">active_minutes: minutes online in the window; sanctions: count in the window.</param>
/// <param name="KeepAtLeast">active_minutes in an add rule: a member the rule gave the group keeps it until below this (hysteresis).</param>
/// <param name="AtMost">sanctions: at most this many in the window.</param>
/// <param name="Days">joined_before/joined_after/last_seen_before: that many days before now.</param>
/// <param name="Date">joined_before/joined_after: a fixed instant instead of <paramref name="Days"/>.</param>
/// <param name="Tag">has_tag/lacks_tag.</param>
/// <param name="Role">has_role/lacks_role: the role's id or name (stored as its id).</param>
/// <param name="Value">client_version/region: the value to equal (case-insensitive); invite_used: the invite's code (absent: any invite).</param>
public sealed record GroupCondition(
    string? Op = null, IReadOnlyList<GroupCondition>? Conditions = null, string? Type = null,
    int? WindowDays = null, double? AtLeast = null, double? KeepAtLeast = null, double? AtMost = null,
    int? Days = null, DateTime? Date = null, string? Tag = null, string? Role = null, string? Value = null);

public static class ConditionTypes
{
    public const string ActiveMinutes = "active_minutes";
    public const string JoinedBefore = "joined_before";
    public const string JoinedAfter = "joined_after";
    public const string HasTag = "has_tag";
    public const string LacksTag = "lacks_tag";
    public const string HasRole = "has_role";
    public const string LacksRole = "lacks_role";
    public const string Sanctions = "sanctions";
    public const string LastSeenBefore = "last_seen_before";
    public const string ClientVersion = "client_version";
    public const string Region = "region";
    /// <summary>The member came in (or back) through an invite, or through the invite with the code given.</summary>
    public const string InviteUsed = "invite_used";

    public static readonly IReadOnlyList<string> All =
        [ActiveMinutes, JoinedBefore, JoinedAfter, HasTag, LacksTag, HasRole, LacksRole, Sanctions, LastSeenBefore, ClientVersion, Region, InviteUsed];

    /// <summary>Tests whose answer changes as time passes with no event: the schedule re-evaluates rules that use them.</summary>
    public static bool DependsOnTime(string type) =>
        type is ActiveMinutes or Sanctions or LastSeenBefore or JoinedBefore or JoinedAfter;
}

public static class GroupActions
{
    public const string Add = "add";
    public const string Remove = "remove";
}
