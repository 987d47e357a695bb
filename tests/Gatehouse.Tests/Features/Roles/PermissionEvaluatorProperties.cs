using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Gatehouse.Server.Features.Roles.Contracts;

namespace Gatehouse.Tests.Features.Roles;

/// <summary>
/// The effective-permission rule, checked on random role sets against a reference model written
/// separately from the production code, plus the properties the design promises.
/// </summary>
public sealed class PermissionEvaluatorProperties
{
    // A small pool so that wildcards, collisions and equal priorities happen often.
    private static readonly string[] GrantPool = ["users.read", "users.*", "users.delete", "roles.manage", "audit.read", "administrator", "*"];
    private static readonly string[] Probes = ["users.read", "users.delete", "roles.manage", "audit.read", "administrator", "webhooks.manage"];

    public sealed record Case(PermissionSubject Subject, IReadOnlyList<RoleGrant> Roles, string Permission);

    private static Gen<RoleGrant> RoleGen =>
        from priority in Gen.Choose(0, 4)
        from allow in Gen.SubListOf(GrantPool)
        from deny in Gen.SubListOf(GrantPool)
        select new RoleGrant(Guid.NewGuid(), $"r{priority}", priority, allow.ToList(), deny.ToList(), []);

    private static Gen<Case> CaseGen(bool owner = false, bool withOverrides = true) =>
        from roles in Gen.ListOf(RoleGen).Select(r => r.Take(5).ToList())
        from allowOverrides in withOverrides ? Gen.SubListOf(GrantPool).Select(l => l.Take(1).ToList()) : Gen.Constant(new List<string>())
        from denyOverrides in withOverrides ? Gen.SubListOf(GrantPool).Select(l => l.Take(1).ToList()) : Gen.Constant(new List<string>())
        from permission in Gen.Elements(Probes)
        select new Case(new PermissionSubject(owner, allowOverrides, denyOverrides, roles.Select(r => r.Id).ToList()), roles, permission);

    /// <summary>The rule of DESIGN §3, written as plainly as possible.</summary>
    private static bool Reference(PermissionSubject s, IReadOnlyList<RoleGrant> roles, string p)
    {
        if (s.IsOwner) return true;
        bool? ByOverrides(string perm) =>
            s.DenyOverrides.Any(g => Permissions.Matches(g, perm)) ? false
            : s.AllowOverrides.Any(g => Permissions.Matches(g, perm)) ? true
            : null;
        bool? ByRoles(string perm)
        {
            var mentioning = roles.Where(r => r.Allow.Concat(r.Deny).Any(g => Permissions.Matches(g, perm))).ToList();
            if (mentioning.Count == 0) return null;
            var top = mentioning.Max(r => r.Priority);
            return !mentioning.Where(r => r.Priority == top).Any(r => r.Deny.Any(g => Permissions.Matches(g, perm)));
        }
        var own = ByOverrides(p);
        if (own is not null) return own.Value;
        if (p != Permissions.Administrator && (ByOverrides(Permissions.Administrator) ?? ByRoles(Permissions.Administrator) ?? false)) return true;
        return ByRoles(p) ?? false;
    }

    [Property(MaxTest = 500)]
    public Property Evaluator_agrees_with_the_reference_rule() =>
        Prop.ForAll(CaseGen().ToArbitrary(), c =>
            PermissionEvaluator.Decide(c.Subject, c.Roles, c.Permission).Granted == Reference(c.Subject, c.Roles, c.Permission));

    [Property(MaxTest = 200)]
    public Property The_owner_has_everything_whatever_roles_and_overrides_say() =>
        Prop.ForAll(CaseGen(owner: true).ToArbitrary(), c => PermissionEvaluator.Decide(c.Subject, c.Roles, c.Permission).Granted);

    [Property(MaxTest = 300)]
    public Property A_user_deny_override_beats_every_role_and_administrator() =>
        Prop.ForAll(CaseGen().ToArbitrary(), c =>
        {
            var subject = c.Subject with { DenyOverrides = [c.Permission] };
            var decision = PermissionEvaluator.Decide(subject, c.Roles, c.Permission);
            return !decision.Granted && decision.Rule == DecisionRules.UserDeny;
        });

    [Property(MaxTest = 300)]
    public Property Role_order_does_not_matter() =>
        Prop.ForAll(CaseGen().ToArbitrary(), c =>
        {
            var reversed = c.Roles.Reverse().ToList();
            return PermissionEvaluator.Decide(c.Subject, c.Roles, c.Permission).Granted
                   == PermissionEvaluator.Decide(c.Subject, reversed, c.Permission).Granted;
        });

    [Property(MaxTest = 300)]
    public Property Nothing_mentioning_the_permission_means_denied() =>
        Prop.ForAll(CaseGen(withOverrides: false).ToArbitrary(), c =>
        {
            var unrelated = c.Roles.Select(r => r with
            {
                Allow = [.. r.Allow.Where(g => !Permissions.Matches(g, c.Permission) && !Permissions.Matches(g, Permissions.Administrator))],
                Deny = [.. r.Deny.Where(g => !Permissions.Matches(g, c.Permission))],
            }).ToList();
            var decision = PermissionEvaluator.Decide(c.Subject, unrelated, c.Permission);
            return !decision.Granted && decision.Rule == DecisionRules.None;
        });

    [Property(MaxTest = 300)]
    public Property At_equal_priority_deny_beats_allow() =>
        Prop.ForAll(Gen.Elements(Probes.Where(p => p != Permissions.Administrator).ToArray()).ToArbitrary(), p =>
        {
            RoleGrant allow = new(Guid.NewGuid(), "a", 5, [p], [], []);
            RoleGrant deny = new(Guid.NewGuid(), "d", 5, [], [p], []);
            var subject = new PermissionSubject(false, [], [], [allow.Id, deny.Id]);
            return !PermissionEvaluator.Decide(subject, [allow, deny], p).Granted;
        });

    [Fact]
    public void A_higher_role_allow_beats_a_lower_role_deny_and_the_explainer_names_it()
    {
        RoleGrant low = new(Guid.NewGuid(), "member", 10, [], ["audit.read"], []);
        RoleGrant high = new(Guid.NewGuid(), "auditor", 20, ["audit.*"], [], []);
        var decision = PermissionEvaluator.Decide(new PermissionSubject(false, [], [], [low.Id, high.Id]), [low, high], "audit.read");
        Assert.True(decision.Granted);
        Assert.Equal(DecisionRules.RoleAllow, decision.Rule);
        Assert.Equal("auditor", decision.RoleName);
        Assert.Equal("audit.*", decision.MatchedGrant);
    }

    [Fact]
    public void Inherited_roles_are_expanded_once_even_through_a_cycle()
    {
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();
        var roles = new Dictionary<Guid, RoleGrant>
        {
            [a] = new(a, "a", 5, ["users.read"], [], [b]),
            [b] = new(b, "b", 3, ["audit.read"], [], [a]),
        };
        var expanded = PermissionEvaluator.ExpandRoles([a], roles);
        Assert.Equal(2, expanded.Count);
        Assert.True(PermissionEvaluator.Decide(new PermissionSubject(false, [], [], [a]), expanded, "audit.read").Granted);
    }

    [Theory]
    [InlineData("users.*", "users.read", true)]
    [InlineData("users.*", "roles.read", false)]
    [InlineData("*", "administrator", true)]
    [InlineData("users.read", "users.readonly", false)]
    public void Wildcards_match_their_area_only(string grant, string permission, bool expected) =>
        Assert.Equal(expected, Permissions.Matches(grant, permission));

    [Theory]
    [InlineData("users.*", true)]
    [InlineData("*", true)]
    [InlineData("users.fly", false)]
    [InlineData("nope.*", false)]
    [InlineData("", false)]
    public void Only_catalogue_permissions_and_area_wildcards_are_valid_grants(string grant, bool expected) =>
        Assert.Equal(expected, Permissions.IsValidGrant(grant));
}
