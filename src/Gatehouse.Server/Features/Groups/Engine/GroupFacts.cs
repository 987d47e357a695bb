using Gatehouse.Server.Features.Analytics.Contracts;
using Gatehouse.Server.Features.Groups.Rules;
using Gatehouse.Server.Features.Invites.Contracts;
using Gatehouse.Server.Features.Moderation.Contracts;
using Gatehouse.Server.Features.Users.Contracts;

namespace Gatehouse.Server.Features.Groups.Engine;

/// <summary>
/// Everything a pass needs to test members, read once for all its rules: the members, and only the
/// live figures the rules' tests ask for (minutes online per window, sanctions per window, latest client, invites used).
/// </summary>
public sealed class GroupFacts
{
    public required DateTime Now { get; init; }
    public required IReadOnlyList<MemberFact> Members { get; init; }
    public Dictionary<int, IReadOnlyDictionary<Guid, double>> ActiveMinutes { get; } = [];
    public Dictionary<int, IReadOnlyDictionary<Guid, int>> Sanctions { get; } = [];
    public IReadOnlyDictionary<Guid, MemberClient> Clients { get; private set; } = new Dictionary<Guid, MemberClient>();
    /// <summary>The invite codes each member used (read only when a rule tests invite_used).</summary>
    public IReadOnlyDictionary<Guid, IReadOnlyList<string>> Invites { get; private set; } = new Dictionary<Guid, IReadOnlyList<string>>();

    /// <summary>How far back a member's latest client is looked for.</summary>
    public static readonly TimeSpan ClientLookBack = TimeSpan.FromDays(30);

    /// <param name="only">Only these members (null: everyone).</param>
    /// <param name="prefilter">Of those, read only the ones it matches (a superset of who the rules can match; null: all).</param>
    /// <param name="plus">Read these too whatever the prefilter says (the rules' groups: they may lose what the rule gave).</param>
    public static async Task<GroupFacts> LoadAsync(IEnumerable<GroupCondition> conditions, IServiceProvider services, DateTime now,
        IReadOnlyCollection<Guid>? only, CancellationToken ct, MemberCondition? prefilter = null, IReadOnlyCollection<Guid>? plus = null)
    {
        var members = await services.GetRequiredService<IMemberFacts>().ListAsync(new MemberSelection(only, prefilter, plus), ct);
        var facts = new GroupFacts { Now = now, Members = members };
        var tests = conditions.SelectMany(Flatten).ToList();
        var activity = services.GetRequiredService<IMemberActivity>();
        foreach (var days in tests.Where(t => t.Type == ConditionTypes.ActiveMinutes).Select(t => t.WindowDays!.Value).Distinct())
            facts.ActiveMinutes[days] = await activity.ActiveMinutesAsync(now.AddDays(-days), now, only, ct);
        var sanctions = services.GetRequiredService<IMemberSanctions>();
        foreach (var days in tests.Where(t => t.Type == ConditionTypes.Sanctions).Select(t => t.WindowDays!.Value).Distinct())
            facts.Sanctions[days] = await sanctions.CountSinceAsync(now.AddDays(-days), only, ct);
        if (tests.Any(t => t.Type is ConditionTypes.ClientVersion or ConditionTypes.Region))
            facts.Clients = await activity.LatestClientsAsync(now - ClientLookBack, only, ct);
        if (tests.Any(t => t.Type == ConditionTypes.InviteUsed))
            facts.Invites = await services.GetRequiredService<IMemberInvites>().CodesUsedAsync(only, ct);
        return facts;
    }

    /// <summary>The tests (leaves) of a condition tree.</summary>
    public static IEnumerable<GroupCondition> Flatten(GroupCondition c) =>
        c.Conditions is { } children ? children.SelectMany(Flatten) : [c];
}
