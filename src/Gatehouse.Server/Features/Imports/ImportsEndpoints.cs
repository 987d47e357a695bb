using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Infrastructure.Http;
using Gatehouse.Server.Infrastructure.Security;

namespace Gatehouse.Server.Features.Imports;

public static class ImportsEndpoints
{
    public static IEndpointRouteBuilder MapImportsEndpoints(this IEndpointRouteBuilder app)
    {
        var imports = app.MapGroup("/api/v1/users/import").WithTags("Import");
        imports.MapPost("/", UploadMemberImport.Handle).WithName(nameof(UploadMemberImport))
            .WithSummary("Upload a CSV or JSON file of members (the request body); answers the proposed mapping and a preview of every row")
            .Accepts<string>("text/csv", "application/json", "application/csv", "text/plain", "text/tab-separated-values", "application/octet-stream")
            // The handler caps the file at Gatehouse:Imports:MaxFileBytes while it streams it to disk.
            .WithMetadata(new Microsoft.AspNetCore.Mvc.DisableRequestSizeLimitAttribute())
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .RequirePermission(Permissions.UsersImport);
        imports.MapGet("/{id}", GetMemberImport.Handle).WithName(nameof(GetMemberImport)).WithSummary("An import's mapping, preview or result")
            .RequirePermission(Permissions.UsersImport);
        imports.MapPost("/{id}/preview", PreviewMemberImport.Handle).WithName(nameof(PreviewMemberImport))
            .WithSummary("Change the mapping, policy or external source and check every row again")
            .RequirePermission(Permissions.UsersImport).WithIdempotency();
        imports.MapPost("/{id}/commit", CommitMemberImport.Handle).WithName(nameof(CommitMemberImport))
            .WithSummary("Write the import, all or nothing; committing again answers the same result")
            .ProducesProblem(StatusCodes.Status410Gone).ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequirePermission(Permissions.UsersImport).WithIdempotency();
        imports.MapGet("/{id}/progress", GetMemberImportProgress.Handle).WithName(nameof(GetMemberImportProgress))
            .WithSummary("Rows checked and written so far by a running preview or commit, with an ETA (the live topic 'imports' pushes the same)")
            .RequirePermission(Permissions.UsersImport);
        imports.MapGet("/{id}/password-links", DownloadImportPasswordLinks.Handle).WithName(nameof(DownloadImportPasswordLinks))
            .WithSummary("Download once, as CSV, the set-password links of the members created that were not mailed (the importer only; audited)")
            .Produces<string>(StatusCodes.Status200OK, "text/csv").ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status410Gone)
            .RequirePermission(Permissions.UsersImport);
        return app;
    }
}
