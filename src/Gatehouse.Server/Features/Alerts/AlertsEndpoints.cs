using Gatehouse.Server.Features.Alerts.Engine;
using Gatehouse.Server.Features.Alerts.Metrics;
using Gatehouse.Server.Features.Alerts.Notifications;
using Gatehouse.Server.Features.Alerts.Rules;
using Gatehouse.Server.Features.Alerts.Silences;
using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Infrastructure.Http;
using Gatehouse.Server.Infrastructure.Security;

namespace Gatehouse.Server.Features.Alerts;

public static class AlertsEndpoints
{
    public static IEndpointRouteBuilder MapAlertsEndpoints(this IEndpointRouteBuilder app)
    {
        var alerts = app.MapGroup("/api/v1/alerts").WithTags("Alerts").RequirePermission(Permissions.AlertsManage);
        alerts.MapGet("/", ListAlertRules.Handle).WithName(nameof(ListAlertRules)).WithSummary("List alert rules with their live state");
        alerts.MapPost("/", CreateAlertRule.Handle).WithName(nameof(CreateAlertRule)).WithSummary("Create an alert rule").WithIdempotency();
        alerts.MapGet("/metrics", ListAlertMetrics.Handle).WithName(nameof(ListAlertMetrics)).WithSummary("Metrics and segment dimensions a rule may use");
        alerts.MapPost("/backtest", BacktestAlertRule.Handle).WithName(nameof(BacktestAlertRule))
            .WithSummary("How often a draft rule would have fired over the last 24 hours and 7 days, from the stored rollups");
        alerts.MapGet("/{id}", GetAlertRule.Handle).WithName(nameof(GetAlertRule)).WithSummary("Get an alert rule");
        alerts.MapPatch("/{id}", UpdateAlertRule.Handle).WithName(nameof(UpdateAlertRule))
            .WithSummary("Edit, enable or disable an alert rule (honours If-Match)").WithIdempotency();
        alerts.MapDelete("/{id}", DeleteAlertRule.Handle).WithName(nameof(DeleteAlertRule)).WithSummary("Delete an alert rule and its history")
            .WithIdempotency();
        alerts.MapGet("/{id}/history", ListAlertHistory.Handle).WithName(nameof(ListAlertHistory))
            .WithSummary("Every state change of a rule, newest first");

        var silences = app.MapGroup("/api/v1/alert-silences").WithTags("Alerts").RequirePermission(Permissions.AlertsManage);
        silences.MapGet("/", ListAlertSilences.Handle).WithName(nameof(ListAlertSilences)).WithSummary("Silences that have not ended");
        silences.MapPost("/", CreateAlertSilence.Handle).WithName(nameof(CreateAlertSilence))
            .WithSummary("Silence one rule's (or every rule's) notifications until a time").WithIdempotency();
        silences.MapDelete("/{id}", DeleteAlertSilence.Handle).WithName(nameof(DeleteAlertSilence)).WithSummary("End a silence now").WithIdempotency();

        var channels = app.MapGroup("/api/v1/alert-channels").WithTags("Alerts").RequirePermission(Permissions.AlertsManage);
        channels.MapGet("/", ListAlertChannels.Handle).WithName(nameof(ListAlertChannels)).WithSummary("Notification channels");
        channels.MapPost("/", CreateAlertChannel.Handle).WithName(nameof(CreateAlertChannel))
            .WithSummary("Create an e-mail or webhook channel; a webhook's signing secret is shown only in this answer").WithIdempotency();
        channels.MapDelete("/{id}", DeleteAlertChannel.Handle).WithName(nameof(DeleteAlertChannel)).WithSummary("Delete a channel").WithIdempotency();
        channels.MapPost("/{id}/test", SendTestNotification.Handle).WithName(nameof(SendTestNotification))
            .WithSummary("Send a test notification through the channel now and report whether it arrived");
        return app;
    }
}
