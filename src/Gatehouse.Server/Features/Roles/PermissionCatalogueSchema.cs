using System.Text.Json.Nodes;
using Gatehouse.Server.Features.Roles.Contracts;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Gatehouse.Server.Features.Roles;

/// <summary>
/// Publishes the permission catalogue as the OpenAPI schema <c>Permission</c> (a string enum), so
/// clients generated from the document get the permission names as a type instead of free strings.
/// It hangs on the catalogue endpoint: the catalogue is this feature's, and nothing else has to know.
/// </summary>
public static class PermissionCatalogueSchema
{
    public const string SchemaName = "Permission";

    public static Task Add(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var document = context.Document;
        if (document is null) return Task.CompletedTask;
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        document.Components.Schemas[SchemaName] = new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Description = "A permission of the fixed catalogue (DESIGN §3).",
            Enum = [.. Permissions.All.Select(p => (JsonNode)JsonValue.Create(p))],
        };
        return Task.CompletedTask;
    }
}
