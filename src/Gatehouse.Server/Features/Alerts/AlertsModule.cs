using Gatehouse.Server.Features.Alerts.Engine;
using Gatehouse.Server.Features.Alerts.Live;
using Gatehouse.Server.Features.Alerts.Metrics;
using Gatehouse.Server.Features.Alerts.Notifications;
using Gatehouse.Server.Infrastructure.Events;
using Gatehouse.Server.Infrastructure.Modules;
using Gatehouse.Server.Infrastructure.Realtime;

namespace Gatehouse.Server.Features.Alerts;

/// <summary>Alert rules on analytics metrics, their state machine, silences, history and notifications.</summary>
public sealed class AlertsModule : IFeatureModule
{
    public void MapEndpoints(IEndpointRouteBuilder app) => app.MapAlertsEndpoints();

    public void AddServices(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<AlertsOptions>().Bind(builder.Configuration.GetSection(AlertsOptions.Section))
            .Validate(o => o.EvaluateEvery > TimeSpan.Zero && o.RetrySchedule.All(r => r > TimeSpan.Zero) && o.WebhookTimeout > TimeSpan.Zero && o.MaxRules > 0,
                "Alert settings: positive evaluation interval, retry waits, webhook timeout and rule limit.")
            .ValidateOnStart();
        // Scoped like the analytics reader under it (backtests read rollups from the request's database).
        services.AddScoped<IAlertMetrics, AnalyticsAlertMetrics>();
        services.AddSingleton<AlertsLiveFeed>();
        services.AddSingleton<AlertEvaluator>();
        services.AddSingleton<NotificationSignal>();
        services.AddSingleton<NotificationSender>();
        services.AddHostedService<AlertScheduler>();
        services.AddHostedService<NotificationWorker>();
        services.AddDomainEventSubscriber<AlertsRelay>();
        services.AddLiveTopic<AlertsTopic>();
    }
}
