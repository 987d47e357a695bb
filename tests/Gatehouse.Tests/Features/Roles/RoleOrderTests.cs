using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Gatehouse.Server.Features.Roles;

namespace Gatehouse.Tests.Features.Roles;

/// <summary>The reorder plan: only the role that moved gets a new priority (issue 17, defect 2).</summary>
public sealed class RoleOrderTests
{
    private static readonly Guid Admin = Guid.NewGuid(), Moderator = Guid.NewGuid(), Staff = Guid.NewGuid(), Member = Guid.NewGuid(), Hosts = Guid.NewGuid();

    private static readonly RoleOrder.Slot[] Defaults =
    [
        new(Admin, 100), new(Moderator, 50), new(Staff, 30), new(Member, 10), new(Hosts, 1),
    ];

    [Fact]
    public void Moving_one_role_to_the_top_changes_only_that_role()
    {
        var plan = RoleOrder.Compute(Defaults, [Hosts, Moderator, Staff, Member], ceiling: 100)!;
        Assert.Equal(new Dictionary<Guid, int> { [Hosts] = 60 }, plan.Priorities);
        Assert.Equal([Hosts], plan.Moved);
        Assert.Empty(plan.Pushed);
    }

    [Fact]
    public void Moving_a_role_between_two_others_takes_the_middle_number()
    {
        var plan = RoleOrder.Compute(Defaults, [Moderator, Hosts, Staff, Member], ceiling: 100)!;
        Assert.Equal(new Dictionary<Guid, int> { [Hosts] = 40 }, plan.Priorities);
    }

    [Fact]
    public void Moving_a_role_to_the_bottom_places_it_below_the_last_one()
    {
        var plan = RoleOrder.Compute(Defaults, [Moderator, Member, Hosts, Staff], ceiling: 100)!;
        Assert.Equal(new Dictionary<Guid, int> { [Staff] = 0 }, plan.Priorities);
    }

    [Fact]
    public void An_order_already_in_place_changes_nothing()
    {
        var plan = RoleOrder.Compute(Defaults, [Moderator, Staff, Member, Hosts], ceiling: 100)!;
        Assert.Empty(plan.Priorities);
    }

    [Fact]
    public void Without_a_free_number_the_roles_below_are_pushed_down_by_one_and_named()
    {
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();
        var c = Guid.NewGuid();
        var plan = RoleOrder.Compute([new(a, 11), new(b, 10), new(c, 9)], [a, c, b], ceiling: 100)!;
        Assert.Equal(new Dictionary<Guid, int> { [c] = 10, [b] = 9 }, plan.Priorities);
        Assert.Equal([c], plan.Moved);
        Assert.Equal([b], plan.Pushed);
    }

    [Fact]
    public void No_room_at_zero_is_refused_rather_than_going_negative()
    {
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();
        var c = Guid.NewGuid();
        // b must go above a with nothing free between 1 and the ceiling; pushing a and c down would reach -1.
        Assert.Null(RoleOrder.Compute([new(a, 1), new(b, 0), new(c, 0)], [b, a], ceiling: 2));
    }

    [Property(MaxTest = 300)]
    public Property Any_order_is_reached_and_priorities_stay_in_range()
    {
        var gen =
            from priorities in Gen.ListOf(Gen.Choose(0, 40)).Select(l => l.Take(8).ToList())
            where priorities.Count >= 2
            from listedCount in Gen.Choose(2, priorities.Count)
            from seed in Gen.Choose(0, 10_000)
            select (priorities, listedCount, seed);
        return Prop.ForAll(gen.ToArbitrary(), c =>
        {
            var slots = c.priorities.Select(p => new RoleOrder.Slot(Guid.NewGuid(), p)).ToList();
            var random = new Random(c.seed);
            var listed = slots.Take(c.listedCount).Select(s => s.Id).OrderBy(_ => random.Next()).ToList();
            var plan = RoleOrder.Compute(slots, listed, ceiling: 50);
            if (plan is null) return true; // refused: nothing changes, the handler answers 409
            int After(Guid id) => plan.Priorities.TryGetValue(id, out var p) ? p : slots.First(s => s.Id == id).Priority;
            var ordered = listed.Zip(listed.Skip(1)).All(pair => After(pair.First) > After(pair.Second));
            var inRange = slots.All(s => After(s.Id) is >= 0 and < 50);
            // A role that was neither listed-and-moved nor pushed keeps its number.
            var othersKept = slots.Where(s => !plan.Moved.Contains(s.Id) && !plan.Pushed.Contains(s.Id)).All(s => After(s.Id) == s.Priority);
            return ordered && inRange && othersKept;
        });
    }
}
