using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Infrastructure.Http;
using Gatehouse.Server.Infrastructure.Security;

namespace Gatehouse.Server.Features.Invites;

public static class InvitesEndpoints
{
    public const string AcceptRateLimit = "invite-accept";

    public static IEndpointRouteBuilder MapInvitesEndpoints(this IEndpointRouteBuilder app)
    {
        var invites = app.MapGroup("/api/v1/invites").WithTags("Invites");
        invites.MapGet("/", ListInvites.Handle).WithName(nameof(ListInvites)).WithSummary("List invites, newest first, with their state and use count")
            .RequirePermission(Permissions.InvitesManage);
        invites.MapPost("/", CreateInvite.Handle).WithName(nameof(CreateInvite))
            .WithSummary("Create an invite link (optional max uses, expiry, roles you may assign, note); audited")
            .RequirePermission(Permissions.InvitesManage).WithIdempotency();
        invites.MapDelete("/{code}", RevokeInvite.Handle).WithName(nameof(RevokeInvite)).WithSummary("Revoke an invite at once; audited")
            .RequirePermission(Permissions.InvitesManage).WithIdempotency();
        invites.MapGet("/{code}/uses", ListInviteUses.Handle).WithName(nameof(ListInviteUses)).WithSummary("Who came in through an invite")
            .RequirePermission(Permissions.InvitesManage);

        // The public side: the landing page and accepting, for people who may have no account yet.
        invites.MapGet("/{code}/landing", GetInviteLanding.Handle).WithName(nameof(GetInviteLanding))
            .WithSummary("What the public invite page shows: state, expiry, roles").Public().RequireRateLimiting(AcceptRateLimit);
        invites.MapPost("/{code}/accept", AcceptInvite.Handle).WithName(nameof(AcceptInvite))
            .WithSummary("Accept an invite: create an account, come back to one you left, or join when signed in (rate-limited)")
            .Accepts<AcceptInvite.Request>(true, "application/json")
            .Public().RequireRateLimiting(AcceptRateLimit);
        return app;
    }
}
