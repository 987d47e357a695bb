using Gatehouse.Server.Features.Presence.Gateway;
using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Infrastructure.Http;
using Gatehouse.Server.Infrastructure.Realtime;
using Gatehouse.Server.Infrastructure.Security;

namespace Gatehouse.Server.Features.Presence;

public static class PresenceEndpoints
{
    public static IEndpointRouteBuilder MapPresenceEndpoints(this IEndpointRouteBuilder app)
    {
        // The gateway is signed-in only (a member's access token, or a site's connection token); each hub method checks what it needs.
        app.MapSpreadKeepAliveHub<GatewayHub>(GatewayHub.Path).SelfService().WithSlimConnections().AcceptsQueryToken().AcceptsSiteConnections().AcceptsSocketTickets();

        var presence = app.MapGroup("/api/v1/presence").WithTags("Presence");
        presence.MapGet("/", GetPresence.Handle).WithName(nameof(GetPresence))
            .WithSummary("Members with their live presence: filters, cursor paging, and the stream version to follow from")
            .RequirePermission(Permissions.PresenceRead);
        presence.MapGet("/stream", StreamPresence.Handle).WithName(nameof(StreamPresence))
            .WithSummary("Presence changes as Server-Sent Events; resumes with Last-Event-ID")
            .RequirePermission(Permissions.PresenceRead).AcceptsQueryToken();

        app.MapGroup("/api/v1/users").WithTags("Presence")
            .MapPost("/{id}/status", SetUserStatus.Handle).WithName(nameof(SetUserStatus))
            .WithSummary("Set a member's chosen status (yourself, or others with users.update); audited")
            .SelfService().WithIdempotency();
        return app;
    }
}
