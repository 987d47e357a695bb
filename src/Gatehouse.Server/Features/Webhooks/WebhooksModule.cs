using Gatehouse.Server.Features.Privacy.Contracts;
using Gatehouse.Server.Features.Webhooks.Contracts;
using Gatehouse.Server.Infrastructure.Events;
using Gatehouse.Server.Infrastructure.Http;
using Gatehouse.Server.Infrastructure.Modules;
using Microsoft.Extensions.Options;
using Polly;

namespace Gatehouse.Server.Features.Webhooks;

/// <summary>Outgoing webhooks: an outbox subscriber that fans events out into durable deliveries, and the worker that sends them.</summary>
public sealed class WebhooksModule : IFeatureModule
{
    public void AddServices(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        services.AddOptions<WebhooksOptions>().Bind(configuration.GetSection(WebhooksOptions.Section))
            .Validate(o => o.RetrySchedule.Length > 0 && o.Jitter is >= 0 and < 1 && o.DefaultMaxPerSecond > 0 && o.ResponseBodyCap > 0
                && o.DeliveryRetention > TimeSpan.Zero && o.PruneInterval > TimeSpan.Zero && o.PruneInterval <= TimeSpan.FromDays(49) && o.PruneBatch > 0 && o.RunLength > 0,
                "Webhook delivery settings are out of range.")
            .ValidateOnStart();
        services.AddSingleton<WebhookSecrets>();
        services.AddScoped<IPersonalDataSource, WebhooksPersonalData>();
        services.AddSingleton<WebhookSignal>();
        services.AddSingleton<WebhookTelemetry>();
        services.AddSingleton<WebhookSendCaps>();
        services.AddSingleton<WebhookSender>();
        services.AddSingleton<WebhookAttemptRecorder>();
        services.AddHostedService<WebhookDeliveryWorker>();
        services.AddSingleton<WebhookDeliveryPruner>();
        services.AddHostedService(sp => sp.GetRequiredService<WebhookDeliveryPruner>());
        services.AddDomainEventSubscriber<WebhookFanout>();

        services.AddSingleton<StandardWebhookSender>();
        services.AddSingleton<ISignedWebhookSender>(sp => sp.GetRequiredService<StandardWebhookSender>());
        AddGuardedClient(services, StandardWebhookSender.ClientName, o => o.AllowLoopback);
        AddGuardedClient(services, StandardWebhookSender.LoopbackClientName, _ => true);
    }

    private static void AddGuardedClient(IServiceCollection services, string name, Func<WebhooksOptions, bool> allowLoopback) =>
        services.AddHttpClient(name)
            .ConfigurePrimaryHttpMessageHandler(sp =>
            {
                var options = sp.GetRequiredService<IOptionsMonitor<WebhooksOptions>>();
                return new SocketsHttpHandler
                {
                    // A redirect could lead anywhere; receivers must answer at the URL they gave.
                    AllowAutoRedirect = false,
                    UseProxy = false,
                    ConnectCallback = SsrfGuard.ConnectCallback(() => allowLoopback(options.CurrentValue)),
                    PooledConnectionLifetime = TimeSpan.FromMinutes(2),
                };
            })
            .ConfigureHttpClient((sp, client) => client.Timeout = Timeout.InfiniteTimeSpan)
            .AddResilienceHandler(name + "-timeout", (pipeline, context) =>
                pipeline.AddTimeout(context.ServiceProvider.GetRequiredService<IOptions<WebhooksOptions>>().Value.Timeout));

    public void MapEndpoints(IEndpointRouteBuilder app) => app.MapWebhooksEndpoints();
}
