using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gatehouse.Server.Features.Users;

public static class GetUserPermissions
{
    /// <summary>The role that decided a permission.</summary>
    public sealed record DecidingRole(Guid Id, string Name, int Priority);

    /// <summary>One permission, granted or not, and why (the rule of DESIGN §3 that decided).</summary>
    public sealed record Explanation(string Permission, bool Granted, string Rule, DecidingRole? Role, string? MatchedGrant);

    public sealed record Response(Guid UserId, IReadOnlyList<string> Permissions, IReadOnlyList<Explanation>? Explain);

    public static async Task<Results<Ok<Response>, ProblemHttpResult>> Handle(
        Guid id, AccessService access, CancellationToken ct, bool explain = false)
    {
        var target = await access.ForUserAsync(id, ct);
        if (target is null || target.User.DeletedAt is not null) return Problems.NotFound("user");
        var explanations = explain
            ? target.Decisions.Select(d => new Explanation(d.Permission, d.Granted, d.Rule,
                d.RoleId is { } rid ? new DecidingRole(rid, d.RoleName!, d.RolePriority!.Value) : null, d.MatchedGrant)).ToList()
            : null;
        return TypedResults.Ok(new Response(id, target.Granted, explanations));
    }
}
