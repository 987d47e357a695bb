using Gatehouse.Server.Infrastructure.Events;
using Microsoft.Extensions.Options;
using Polly;

namespace Gatehouse.Server.Features.Webhooks;

public static class WebhooksModule
{
    public static IServiceCollection AddWebhooksFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WebhooksOptions>().Bind(configuration.GetSection(WebhooksOptions.Section))
            .Validate(o => o.RetrySchedule.Length > 0 && o.Jitter is >= 0 and < 1 && o.DefaultMaxPerSecond > 0 && o.ResponseBodyCap > 0,
                "Webhook delivery settings are out of range.")
            .ValidateOnStart();
        services.AddSingleton<WebhookSecrets>();
        services.AddSingleton<WebhookSignal>();
        services.AddSingleton<WebhookSendCaps>();
        services.AddSingleton<WebhookSender>();
        services.AddHostedService<WebhookDeliveryWorker>();
        services.AddDomainEventSubscriber<WebhookFanout>();

        services.AddHttpClient(WebhookSender.ClientName)
            .ConfigurePrimaryHttpMessageHandler(sp =>
            {
                var options = sp.GetRequiredService<IOptionsMonitor<WebhooksOptions>>();
                return new SocketsHttpHandler
                {
                    // A redirect could lead anywhere; receivers must answer at the URL they gave.
                    AllowAutoRedirect = false,
                    UseProxy = false,
                    ConnectCallback = SsrfGuard.ConnectCallback(() => options.CurrentValue.AllowLoopback),
                    PooledConnectionLifetime = TimeSpan.FromMinutes(2),
                };
            })
            .ConfigureHttpClient((sp, client) => client.Timeout = Timeout.InfiniteTimeSpan)
            .AddResilienceHandler("webhook-timeout", (builder, context) =>
                builder.AddTimeout(context.ServiceProvider.GetRequiredService<IOptions<WebhooksOptions>>().Value.Timeout));
        return services;
    }
}
