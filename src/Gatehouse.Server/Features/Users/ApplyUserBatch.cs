using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Users;

/// <summary>
/// One action on many members in one call: the ids given, or every member matching the list's filters ("select all
/// 1,204 matches"). All or nothing: when any member may not be changed, nothing is and the answer names them. Each
/// changed member gets its own audit entry and event; members already in the wanted state are left untouched.
/// </summary>
public static class ApplyUserBatch
{
    public const int MaxMembers = 10_000;
    public static readonly string[] Actions = ["disable", "enable", "delete", "add_tag", "remove_tag"];

    /// <summary>The action, the members (ids, or the list's filters in <c>match</c>), and <c>dry_run</c> to get the summary first.</summary>
    public sealed record Request(
        string? Action, IReadOnlyList<string>? Ids = null, Match? Match = null, string? Tag = null, string? Reason = null, bool? DryRun = null);

    /// <summary>The member list's filters (same meaning as on <c>GET /users</c>).</summary>
    public sealed record Match(
        string? Q = null, string? Status = null, string? Role = null, bool? Banned = null, bool? Disabled = null, string? Tag = null,
        DateTime? CreatedAfter = null, DateTime? CreatedBefore = null, DateTime? LastSeenAfter = null, DateTime? LastSeenBefore = null);

    /// <summary>A member the batch may not change, and why.</summary>
    public sealed record Refusal(Guid Id, string Username, string Reason);

    /// <summary>What the batch matched, changed (or would change), and the members that block it.</summary>
    public sealed record Response(string Action, bool DryRun, int Matched, int Changed, int Unchanged, IReadOnlyList<Refusal> Refused);

    public static async Task<Results<Ok<Response>, ValidationProblem>> Handle(
        Request request, GatehouseDb db, AccessService access, CurrentActor actor, MemberWritePath writes,
        LiveStatuses live, CancellationToken ct)
    {
        var v = new Validator();
        if (request.Action is null || !Actions.Contains(request.Action)) v.Add("action", Messages.Get("batch.action", string.Join(", ", Actions)));
        var ids = new List<Guid>();
        foreach (var text in request.Ids ?? [])
            if (Guid.TryParse(text, out var id)) ids.Add(id);
            else v.Add("ids", Messages.Get("route.bad_value", text, "ids"));
        if ((request.Ids is null) == (request.Match is null)) v.Add("ids", Messages.Get("batch.target"));
        if (ids.Count > MaxMembers) v.Add("ids", Messages.Get("batch.too_many", MaxMembers));
        if (request.Action is "add_tag" or "remove_tag")
        {
            v.Required("tag", request.Tag);
            if (request.Tag is not null) v.Tags("tag", [request.Tag]);
        }
        v.MaxLength("reason", request.Reason, 500);
        if (!v.IsValid) return Problems.Validation(v.Errors);
        if (request.Action == "delete")
        {
            // The route needs users.update; deleting needs users.delete and a fresh step-up, as DELETE /users/{id} does.
            if (!actor.Has(Permissions.UsersDelete)) throw new RuleViolation(403, "forbidden", Messages.Get("forbidden", Permissions.UsersDelete));
            if (request.DryRun != true) actor.EnsureSteppedUp();
        }

        var roles = await access.RolesAsync(ct);
        return await db.WriteAsync<Results<Ok<Response>, ValidationProblem>>(async c =>
        {
            IQueryable<User> query = db.Users.Include(u => u.Roles).Where(u => u.DeletedAt == null);
            if (request.Match is { } m)
            {
                var filters = new ListUsers.Query(m.Q, m.Status, m.Role, m.Banned, m.Disabled, m.Tag,
                    m.CreatedAfter, m.CreatedBefore, m.LastSeenAfter, m.LastSeenBefore, null, null, null, null, null);
                var (invalid, role) = ListUsers.Check(filters, roles);
                if (!invalid.IsValid) return Problems.Validation(invalid.Errors);
                // Ids first: the list's query is read-only (no tracking), and tracking is decided for a whole query.
                var matching = await ListUsers.MatchingAsync(db, live, filters, role, c);
                var matched = await matching.Select(x => x.Id).Take(MaxMembers + 1).ToListAsync(c);
                query = query.Where(u => matched.Contains(u.Id));
            }
            else query = query.Where(u => ids.Contains(u.Id));
            var members = await query.Take(MaxMembers + 1).ToListAsync(c);
            if (members.Count > MaxMembers) throw new RuleViolation(409, "batch-too-large", Messages.Get("batch.too_many", MaxMembers));

            var refused = members.Select(u => RefusalFor(u, request.Action!, roles, actor)).OfType<Refusal>().ToList();
            var changing = members.Where(u => WouldChange(u, request.Action!, request.Tag)).ToList();
            var result = new Response(request.Action!, request.DryRun == true, members.Count, changing.Count, members.Count - changing.Count, refused);
            if (request.DryRun == true) return TypedResults.Ok(result);
            if (refused.Count > 0)
                throw new RuleViolation(403, "batch-refused", Messages.Get("batch.refused", refused.Count, string.Join(", ", refused.Take(5).Select(r => r.Username))));

            foreach (var u in changing)
            {
                switch (request.Action)
                {
                    case "disable" or "enable":
                        await writes.SetDisabledAsync(u, roles, request.Action == "disable", request.Reason, batch: true, c);
                        break;
                    case "delete":
                        await writes.DeleteAsync(u, roles, batch: true, c);
                        break;
                    default:
                        var edit = writes.Begin(u, roles);
                        u.Tags = request.Action == "add_tag" ? [.. u.Tags, request.Tag!] : [.. u.Tags.Where(t => t != request.Tag)];
                        await edit.CommitAsync(new MemberCommit("user.updated"), c);
                        break;
                }
            }
            return TypedResults.Ok(result);
        }, ct);
    }

    private static bool WouldChange(User u, string action, string? tag) => action switch
    {
        "disable" => !u.IsDisabled,
        "enable" => u.IsDisabled,
        "delete" => true,
        "add_tag" => !u.Tags.Contains(tag!),
        _ => u.Tags.Contains(tag!),
    };

    private static Refusal? RefusalFor(User u, string action, RoleDirectory roles, CurrentActor actor)
    {
        if (Hierarchy.CanActOnUser(actor, AccessService.Compute(u.ToAccount(), roles.Grants)) is { } denied) return new(u.Id, u.Username, denied);
        if (action is "disable" or "delete" && u.IsOwner) return new(u.Id, u.Username, Messages.Get("owner.protected"));
        if (action is "disable" or "delete" && u.Id == actor.UserId) return new(u.Id, u.Username, Messages.Get("self.disable"));
        return null;
    }
}
