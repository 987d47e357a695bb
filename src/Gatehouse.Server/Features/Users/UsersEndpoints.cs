using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Infrastructure.Http;
using Gatehouse.Server.Infrastructure.Security;

namespace Gatehouse.Server.Features.Users;

public static class UsersEndpoints
{
    public static IEndpointRouteBuilder MapUsersEndpoints(this IEndpointRouteBuilder app)
    {
        var users = app.MapGroup("/api/v1/users").WithTags("Users");
        users.MapGet("/", ListUsers.Handle).WithName(nameof(ListUsers)).WithSummary("List members with filters, sort and cursor")
            .RequirePermission(Permissions.UsersRead);
        users.MapPost("/", CreateUser.Handle).WithName(nameof(CreateUser)).WithSummary("Create a member")
            .RequirePermission(Permissions.UsersCreate).WithIdempotency();
        users.MapGet("/export", ExportUsers.Handle).WithName(nameof(ExportUsers))
            .WithSummary("Stream the members the list's filters select as CSV or JSON (columns the import reads back)")
            .Produces(StatusCodes.Status200OK, typeof(ExportUsers.Row[]), "application/json", "text/csv")
            .RequirePermission(Permissions.UsersExport);
        users.MapPost("/batch", ApplyUserBatch.Handle).WithName(nameof(ApplyUserBatch))
            .WithSummary("Disable, enable, delete, tag or untag many members at once (ids or the list's filters; all or nothing; dry_run for the summary)")
            .RequirePermission(Permissions.UsersUpdate).WithIdempotency();
        users.MapGet("/{id}", GetUser.Handle).WithName(nameof(GetUser)).WithSummary("Get a member with roles and permissions")
            .RequirePermission(Permissions.UsersRead);
        users.MapPatch("/{id}", UpdateUser.Handle).WithName(nameof(UpdateUser)).WithSummary("Update a member (honours If-Match)")
            .RequirePermission(Permissions.UsersUpdate).WithIdempotency();
        users.MapDelete("/{id}", DeleteUser.Handle).WithName(nameof(DeleteUser)).WithSummary("Delete a member (soft or hard by policy; needs a fresh step-up)")
            .RequirePermission(Permissions.UsersDelete).RequireStepUp().WithIdempotency();
        users.MapPost("/{id}/disable", SetUserDisabled.Disable).WithName("DisableUser").WithSummary("Disable a member and end their sessions")
            .RequirePermission(Permissions.UsersUpdate).WithIdempotency();
        users.MapPost("/{id}/enable", SetUserDisabled.Enable).WithName("EnableUser").WithSummary("Enable a disabled member")
            .RequirePermission(Permissions.UsersUpdate).WithIdempotency();
        users.MapPost("/{id}/restore", RestoreUser.Handle).WithName(nameof(RestoreUser))
            .WithSummary("Restore a soft-deleted member (also one who left), roles included; audited").RequirePermission(Permissions.UsersDelete).WithIdempotency();
        users.MapPost("/{id}/roles", AssignUserRoles.Handle).WithName(nameof(AssignUserRoles)).WithSummary("Add and remove roles of a member")
            .RequirePermission(Permissions.RolesAssign).WithIdempotency();
        users.MapGet("/{id}/permissions", GetUserPermissions.Handle).WithName(nameof(GetUserPermissions))
            .WithSummary("Effective permissions, with ?explain=true the reason for each").RequirePermission(Permissions.UsersRead);
        app.MapPost("/api/v1/me/leave", LeaveCommunity.Handle).WithTags("Users").WithName(nameof(LeaveCommunity))
            .WithSummary("Leave the community: your sessions end and your account is deleted; you may come back within the return window")
            .SelfService().RequireSameOrigin();
        return app;
    }
}
