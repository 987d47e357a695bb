using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Features.Users;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gatehouse.Server.Features.Auth;

public static class GetMe
{
    /// <summary>The signed-in user, their effective permissions and their rank (highest role priority).</summary>
    public sealed record Response(UserResponse User, IReadOnlyList<string> Permissions, int Rank, Guid? SessionId);

    public static async Task<Ok<Response>> Handle(CurrentActor actor, AccessService access, LiveStatuses live, CancellationToken ct)
    {
        var roles = await access.RolesAsync(ct);
        var me = await access.ForUserAsync(actor.UserId!.Value, ct) ?? throw new InvalidOperationException("The signed-in member was loaded for this request.");
        var granted = actor.Granted;
        return TypedResults.Ok(new Response(await live.ApplyAsync(UserResponse.Of(me.User, roles, granted), ct), granted,
            actor.IsOwner ? 1001 : actor.Rank, actor.SessionId));
    }
}
