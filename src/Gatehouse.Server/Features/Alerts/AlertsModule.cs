using Gatehouse.Server.Features.Alerts.Engine;
using Gatehouse.Server.Features.Alerts.Live;
using Gatehouse.Server.Features.Alerts.Metrics;
using Gatehouse.Server.Features.Alerts.Notifications;
using Gatehouse.Server.Infrastructure.Events;
using Gatehouse.Server.Infrastructure.Http;
using Gatehouse.Server.Infrastructure.Modules;
using Gatehouse.Server.Infrastructure.Realtime;
using Microsoft.Extensions.Options;
using Polly;

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

        services.AddHttpClient(NotificationSender.ClientName)
            .ConfigurePrimaryHttpMessageHandler(sp =>
            {
                var options = sp.GetRequiredService<IOptionsMonitor<AlertsOptions>>();
                return new SocketsHttpHandler
                {
                    // A redirect could lead anywhere; receivers answer at the URL they gave.
                    AllowAutoRedirect = false,
                    UseProxy = false,
                    ConnectCallback = SsrfGuard.ConnectCallback(() => options.CurrentValue.AllowLoopback),
                };
            })
            .ConfigureHttpClient((sp, client) => client.Timeout = Timeout.InfiniteTimeSpan)
            .AddResilienceHandler("alert-notification-timeout", (pipeline, context) =>
                pipeline.AddTimeout(context.ServiceProvider.GetRequiredService<IOptions<AlertsOptions>>().Value.WebhookTimeout));
    }
}
