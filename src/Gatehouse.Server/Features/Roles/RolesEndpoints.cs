using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Infrastructure.Http;
using Gatehouse.Server.Infrastructure.Security;

namespace Gatehouse.Server.Features.Roles;

public static class RolesEndpoints
{
    public static IEndpointRouteBuilder MapRolesEndpoints(this IEndpointRouteBuilder app)
    {
        var roles = app.MapGroup("/api/v1/roles").WithTags("Roles");
        roles.MapGet("/", ListRoles.Handle).WithName(nameof(ListRoles)).WithSummary("List roles, highest first")
            .RequirePermission(Permissions.RolesRead);
        roles.MapPost("/", CreateRole.Handle).WithName(nameof(CreateRole)).WithSummary("Create a role")
            .RequirePermission(Permissions.RolesManage).WithIdempotency();
        roles.MapPut("/order", ReorderRoles.Handle).WithName(nameof(ReorderRoles)).WithSummary("Reorder roles")
            .RequirePermission(Permissions.RolesManage).WithIdempotency();
        roles.MapGet("/{id}", GetRole.Handle).WithName(nameof(GetRole)).WithSummary("Get a role")
            .RequirePermission(Permissions.RolesRead);
        roles.MapPatch("/{id}", UpdateRole.Handle).WithName(nameof(UpdateRole)).WithSummary("Edit a role (honours If-Match)")
            .RequirePermission(Permissions.RolesManage).WithIdempotency();
        roles.MapDelete("/{id}", DeleteRole.Handle).WithName(nameof(DeleteRole)).WithSummary("Delete a role (?reassign= moves its members)")
            .RequirePermission(Permissions.RolesManage).WithIdempotency();
        roles.MapGet("/{id}/versions", ListRoleVersions.Handle).WithName(nameof(ListRoleVersions))
            .WithSummary("Versions of a role with the diff from the previous one").RequirePermission(Permissions.RolesRead);
        roles.MapPost("/{id}/rollback", RollbackRole.Handle).WithName(nameof(RollbackRole))
            .WithSummary("Return a role to an earlier version (as a new version)").RequirePermission(Permissions.RolesManage).WithIdempotency();

        app.MapGet("/api/v1/permissions", ListPermissions.Handle).WithTags("Roles").WithName(nameof(ListPermissions))
            .WithSummary("The permission catalogue with descriptions").RequirePermission(Permissions.RolesRead)
            .AddOpenApiOperationTransformer(PermissionCatalogueSchema.Add);
        return app;
    }
}
