using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gatehouse.Server.Features.Auth;

public static class GetMe
{
    /// <summary>The signed-in user, their effective permissions and their rank (highest role priority).</summary>
    public sealed record Response(UserResponse User, IReadOnlyList<string> Permissions, int Rank, Guid? SessionId);

    /// <summary>The rank the app compares role priorities with: the owner's is above any role's.</summary>
    public const int OwnerRank = 1001;

    public static async Task<Ok<Response>> Handle(CurrentActor actor, IMemberProfiles profiles, CancellationToken ct)
    {
        var granted = actor.Granted;
        var me = await profiles.FindAsync(actor.UserId!.Value, granted, ct) ?? throw new InvalidOperationException("The signed-in member was loaded for this request.");
        return TypedResults.Ok(new Response(me, granted, actor.IsOwner ? OwnerRank : actor.Rank, actor.SessionId));
    }

    /// <summary>The same answer for a session just renewed (no request actor yet); null when the member is gone.</summary>
    public static async Task<Response?> OfSessionAsync(Guid userId, Guid sessionId, AccessService access, IMemberProfiles profiles, CancellationToken ct)
    {
        if (await access.ForUserAsync(userId, ct) is not { } found) return null;
        var granted = found.Granted;
        var me = await profiles.FindAsync(userId, granted, ct);
        return me is null ? null : new Response(me, granted, found.User.IsOwner ? OwnerRank : found.Rank, sessionId);
    }
}
