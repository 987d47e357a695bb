using System.Text.Json;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;

namespace Gatehouse.Server.Infrastructure.Security;

/// <summary>
/// What the OpenAPI document says about access, read from the same endpoint metadata the server
/// enforces: the bearer scheme, a security requirement and 401/403 answers on guarded endpoints,
/// 429 where a rate limit applies, and query parameters spelled as the API reads them (snake_case).
/// </summary>
public static class OpenApiSecurity
{
    public const string BearerScheme = "bearer";
    public const string SiteKeySecurityScheme = "site_key";
    private const string Problem = "ProblemDetails";

    public static void Configure(OpenApiOptions o)
    {
        o.AddDocumentTransformer((document, _, _) =>
        {
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            // More schemes (API keys) are added next to this one; guarded operations list every scheme that may call them.
            document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "Access token from POST /api/v1/auth/login or /auth/refresh (ES256, 15 minutes).",
            };
            document.Components.SecuritySchemes[SiteKeySecurityScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = SiteKeyScheme.Header,
                Description = "A public site key (gh_site_…) from POST /api/v1/analytics/site-keys: anonymous events, POST /api/v1/analytics/events only.",
            };
            document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
            document.Components.Schemas[Problem] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "RFC 9457 problem details; `type` is stable per kind of error.",
                Properties = new Dictionary<string, IOpenApiSchema>
                {
                    ["type"] = new OpenApiSchema { Type = JsonSchemaType.String },
                    ["title"] = new OpenApiSchema { Type = JsonSchemaType.String },
                    ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer },
                    ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String },
                    ["request_id"] = new OpenApiSchema { Type = JsonSchemaType.String },
                },
            };
            return Task.CompletedTask;
        });

        o.AddOperationTransformer((operation, context, _) =>
        {
            var metadata = context.Description.ActionDescriptor.EndpointMetadata;
            var permission = metadata.OfType<RequiresPermission>().FirstOrDefault();
            var guarded = permission is not null || metadata.OfType<SelfServiceEndpoint>().Any();
            if (guarded)
            {
                operation.Security ??= [];
                operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [] });
                AddProblem(operation, context, "401", "No valid access token.");
            }
            if (metadata.OfType<SiteKeyEndpoint>().Any())
            {
                operation.Security ??= [];
                operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SiteKeySecurityScheme, context.Document)] = [] });
            }
            if (permission is not null) AddProblem(operation, context, "403", $"The caller lacks the permission '{permission.Permission}'.");
            if (metadata.OfType<EnableRateLimitingAttribute>().Any()) AddProblem(operation, context, "429", "Rate limited; see Retry-After.");

            foreach (var parameter in operation.Parameters ?? [])
                if (parameter is OpenApiParameter { In: ParameterLocation.Query, Name: { } name } query)
                    query.Name = JsonNamingPolicy.SnakeCaseLower.ConvertName(name);
            return Task.CompletedTask;
        });
    }

    private static void AddProblem(OpenApiOperation operation, OpenApiOperationTransformerContext context, string status, string description)
    {
        operation.Responses ??= new OpenApiResponses();
        operation.Responses.TryAdd(status, new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/problem+json"] = new OpenApiMediaType { Schema = new OpenApiSchemaReference(Problem, context.Document) },
            },
        });
    }
}
