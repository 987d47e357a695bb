namespace Gatehouse.Server.Features.Roles;

/// <summary>
/// Turns a requested order of roles into the fewest priority changes (docs/adr/role-order.md): the
/// longest run of listed roles already in that order stays put; every other listed role is placed
/// between its new neighbours. Roles below it are pushed down by one only when no free number is left.
/// </summary>
public static class RoleOrder
{
    public sealed record Slot(Guid Id, int Priority);

    /// <summary>The plan: new priority per changed role, and which listed roles were moved on purpose.</summary>
    public sealed record Plan(IReadOnlyDictionary<Guid, int> Priorities, IReadOnlyList<Guid> Moved, IReadOnlyList<Guid> Pushed);

    /// <param name="all">Every role with its current priority.</param>
    /// <param name="order">The listed roles, highest first, as the caller wants them.</param>
    /// <param name="ceiling">Priorities must stay strictly below this (the actor's rank, and the 1000 cap).</param>
    /// <returns>The plan, or null when there is no room (priorities are bounded by 0 and the ceiling).</returns>
    public static Plan? Compute(IReadOnlyList<Slot> all, IReadOnlyList<Guid> order, int ceiling)
    {
        var priority = all.ToDictionary(s => s.Id, s => s.Priority);
        var kept = LongestOrderedRun(order, priority);
        var moved = order.Where(id => !kept.Contains(id)).ToList();
        var final = new HashSet<Guid>(all.Select(s => s.Id).Where(id => !moved.Contains(id)));
        var pushed = new List<Guid>();

        // Bottom-up, so the role just below a moved one is always already in its final place.
        for (var i = order.Count - 1; i >= 0; i--)
        {
            var id = order[i];
            if (kept.Contains(id)) continue;
            int low, high;
            if (i + 1 < order.Count)
            {
                low = priority[order[i + 1]];
                high = Math.Min(ceiling, final.Select(f => priority[f]).Where(p => p > low).DefaultIfEmpty(ceiling).Min());
            }
            else
            {
                high = priority[order.Take(i).Last(final.Contains)];
                low = final.Select(f => priority[f]).Where(p => p < high).DefaultIfEmpty(-1).Max();
            }
            var placed = Between(low, high, aboveLow: i + 1 < order.Count);
            if (placed is null)
            {
                // No free number: take the lower neighbour's place and push the roles below down by one.
                if (low < 0) return null;
                placed = low;
                if (!PushDown(final, priority, placed.Value, pushed)) return null;
            }
            priority[id] = placed.Value;
            final.Add(id);
        }

        var changed = all.Where(s => priority[s.Id] != s.Priority).ToDictionary(s => s.Id, s => priority[s.Id]);
        return new Plan(changed, [.. moved.Where(changed.ContainsKey)], [.. pushed.Distinct().Where(changed.ContainsKey)]);
    }

    /// <summary>A round number strictly between low and high: ten steps from the neighbour when there is space, else the middle.</summary>
    private static int? Between(int low, int high, bool aboveLow)
    {
        if (high - low < 2) return null;
        if (high - low > 20) return aboveLow ? low + 10 : high - 10;
        return low + ((high - low) / 2);
    }

    private static bool PushDown(HashSet<Guid> final, Dictionary<Guid, int> priority, int from, List<Guid> pushed)
    {
        var ceiling = from;
        foreach (var group in final.GroupBy(id => priority[id]).Where(g => g.Key <= from).OrderByDescending(g => g.Key))
        {
            if (group.Key < ceiling) break;
            var next = ceiling - 1;
            if (next < 0) return false;
            foreach (var id in group) { priority[id] = next; pushed.Add(id); }
            ceiling = next;
        }
        return true;
    }

    /// <summary>The longest subsequence of the requested order whose current priorities already strictly decrease.</summary>
    private static HashSet<Guid> LongestOrderedRun(IReadOnlyList<Guid> order, Dictionary<Guid, int> priority)
    {
        var length = new int[order.Count];
        var previous = new int[order.Count];
        var best = 0;
        for (var i = 0; i < order.Count; i++)
        {
            length[i] = 1;
            previous[i] = -1;
            for (var j = 0; j < i; j++)
                if (priority[order[j]] > priority[order[i]] && length[j] + 1 > length[i]) { length[i] = length[j] + 1; previous[i] = j; }
            // ">=" keeps the later of two equally long runs: a role dragged upwards is the one that moved.
            if (length[i] >= length[best]) best = i;
        }
        var run = new HashSet<Guid>();
        for (var i = best; i >= 0; i = previous[i]) run.Add(order[i]);
        return run;
    }
}
