using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure.Security;

namespace Gatehouse.Server.Features.Auth.Credentials;

/// <summary>The member behind a signed-in request, for the use cases a member runs on their own account.</summary>
public static class SignedInMember
{
    public static async Task<MemberSignIn> LoadAsync(IMemberSignIns members, CurrentActor actor, CancellationToken ct) =>
        await members.FindAsync(actor.UserId ?? throw new InvalidOperationException("The endpoint requires a signed-in member."), ct)
        ?? throw new InvalidOperationException("A signed-in member's row exists: a hard delete cascades to their sessions.");
}
