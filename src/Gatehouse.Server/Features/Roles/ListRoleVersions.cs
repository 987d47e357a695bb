using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Roles;

public static class ListRoleVersions
{
    /// <summary>How a list field moved between two versions.</summary>
    public sealed record ListChange(IReadOnlyList<string> Added, IReadOnlyList<string> Removed);

    /// <summary>What changed from the previous version; scalar fields as [before, after].</summary>
    public sealed record VersionDiff(
        IReadOnlyDictionary<string, IReadOnlyList<object?>> Fields, ListChange? Permissions, ListChange? DeniedPermissions, ListChange? Inherits);

    public sealed record Item(int Version, string Change, Guid? ActorUserId, DateTime CreatedAt, RoleSnapshot Snapshot, VersionDiff? Diff);

    public static async Task<Results<Ok<List<Item>>, ProblemHttpResult>> Handle(Guid id, GatehouseDb db, CancellationToken ct)
    {
        var rows = await db.RoleVersions.AsNoTracking().Where(v => v.RoleId == id).OrderBy(v => v.Version).ToListAsync(ct);
        if (rows.Count == 0) return Problems.NotFound("role");
        var items = new List<Item>();
        RoleSnapshot? previous = null;
        foreach (var row in rows)
        {
            var snap = RoleSnapshot.FromJson(row.Snapshot);
            items.Add(new Item(row.Version, row.Change, row.ActorUserId, row.CreatedAt, snap, previous is null ? null : Diff(previous, snap)));
            previous = snap;
        }
        items.Reverse();
        return TypedResults.Ok(items);
    }

    public static VersionDiff Diff(RoleSnapshot a, RoleSnapshot b)
    {
        var fields = new Dictionary<string, IReadOnlyList<object?>>();
        void Field(string name, object? x, object? y) { if (!Equals(x, y)) fields[name] = [x, y]; }
        Field("name", a.Name, b.Name);
        Field("description", a.Description, b.Description);
        Field("color", a.Color, b.Color);
        Field("icon", a.Icon, b.Icon);
        Field("priority", a.Priority, b.Priority);
        Field("hoist", a.Hoist, b.Hoist);
        return new VersionDiff(fields, Changes(a.Allow, b.Allow), Changes(a.Deny, b.Deny),
            Changes(a.Inherits.Select(i => i.ToString()), b.Inherits.Select(i => i.ToString())));
    }

    private static ListChange? Changes(IEnumerable<string> before, IEnumerable<string> after)
    {
        var b = before.ToList();
        var a = after.ToList();
        var added = a.Except(b).ToList();
        var removed = b.Except(a).ToList();
        return added.Count == 0 && removed.Count == 0 ? null : new ListChange(added, removed);
    }
}
