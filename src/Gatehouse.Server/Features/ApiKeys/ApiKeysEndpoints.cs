using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Infrastructure.Http;
using Gatehouse.Server.Infrastructure.Security;

namespace Gatehouse.Server.Features.ApiKeys;

public static class ApiKeysEndpoints
{
    public static IEndpointRouteBuilder MapApiKeysEndpoints(this IEndpointRouteBuilder app)
    {
        var keys = app.MapGroup("/api/v1/api-keys").WithTags("API keys").RequirePermission(Permissions.ApiKeysManage);
        keys.MapGet("/", ListApiKeys.Handle).WithName(nameof(ListApiKeys)).WithSummary("List API keys, newest first (never their secrets)");
        keys.MapPost("/", CreateApiKey.Handle).WithName(nameof(CreateApiKey))
            .WithSummary("Create an API key; the answer is the only time its secret is shown").RequireStepUp().WithIdempotency();
        keys.MapPost("/{id}/rotate", RotateApiKey.Handle).WithName(nameof(RotateApiKey))
            .WithSummary("Issue a new secret; the previous one works for the grace period").RequireStepUp().WithIdempotency();
        keys.MapDelete("/{id}", RevokeApiKey.Handle).WithName(nameof(RevokeApiKey)).WithSummary("Revoke an API key at once").WithIdempotency();
        return app;
    }
}
