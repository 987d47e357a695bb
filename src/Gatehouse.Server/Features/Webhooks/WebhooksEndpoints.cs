using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Infrastructure.Http;
using Gatehouse.Server.Infrastructure.Security;

namespace Gatehouse.Server.Features.Webhooks;

public static class WebhooksEndpoints
{
    public static IEndpointRouteBuilder MapWebhooksEndpoints(this IEndpointRouteBuilder app)
    {
        var hooks = app.MapGroup("/api/v1/webhooks").WithTags("Webhooks").RequirePermission(Permissions.WebhooksManage);
        hooks.MapGet("/", ListWebhooks.Handle).WithName(nameof(ListWebhooks)).WithSummary("List webhooks with their health");
        hooks.MapPost("/", CreateWebhook.Handle).WithName(nameof(CreateWebhook))
            .WithSummary("Create a webhook; the answer is the only time its signing secret is shown").WithIdempotency();
        hooks.MapGet("/event-types", () => TypedResults.Ok(WebhookEventTypes.Subscribable)).WithName("ListWebhookEventTypes")
            .WithSummary("Event types a webhook can receive");
        hooks.MapGet("/{id}", GetWebhook.Handle).WithName(nameof(GetWebhook)).WithSummary("Get a webhook");
        hooks.MapPatch("/{id}", UpdateWebhook.Handle).WithName(nameof(UpdateWebhook)).WithSummary("Edit, enable or disable a webhook (honours If-Match)")
            .WithIdempotency();
        hooks.MapDelete("/{id}", DeleteWebhook.Handle).WithName(nameof(DeleteWebhook)).WithSummary("Delete a webhook and its delivery log")
            .WithIdempotency();
        hooks.MapPost("/{id}/rotate-secret", RotateWebhookSecret.Handle).WithName(nameof(RotateWebhookSecret))
            .WithSummary("New signing secret; both signatures are sent during the overlap").WithIdempotency();
        hooks.MapGet("/{id}/deliveries", ListWebhookDeliveries.Handle).WithName(nameof(ListWebhookDeliveries))
            .WithSummary("The delivery log: request, response, attempts, next retry");
        hooks.MapPost("/{id}/deliveries/{deliveryId}/retry", RetryWebhookDelivery.Handle).WithName(nameof(RetryWebhookDelivery))
            .WithSummary("Send a delivery again now").WithIdempotency();
        hooks.MapPost("/{id}/replay", ReplayWebhookEvents.Handle).WithName(nameof(ReplayWebhookEvents))
            .WithSummary("Send every retained event since a time again").WithIdempotency();
        hooks.MapPost("/{id}/test", SendTestWebhook.Handle).WithName(nameof(SendTestWebhook))
            .WithSummary("Send a webhook.test event").WithIdempotency();
        return app;
    }
}
