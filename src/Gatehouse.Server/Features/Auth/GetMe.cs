using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gatehouse.Server.Features.Auth;

public static class GetMe
{
    /// <summary>The signed-in user, their effective permissions and their rank (highest role priority).</summary>
    public sealed record Response(UserResponse User, IReadOnlyList<string> Permissions, int Rank, Guid? SessionId);

    public static async Task<Ok<Response>> Handle(CurrentActor actor, IMemberProfiles profiles, CancellationToken ct)
    {
        var granted = actor.Granted;
        var me = await profiles.FindAsync(actor.UserId!.Value, granted, ct) ?? throw new InvalidOperationException("The signed-in member was loaded for this request.");
        return TypedResults.Ok(new Response(me, granted, actor.IsOwner ? 1001 : actor.Rank, actor.SessionId));
    }
}
