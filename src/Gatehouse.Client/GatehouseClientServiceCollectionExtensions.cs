using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace Gatehouse.Client;

public static class GatehouseClientServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="GatehouseClient"/> on <c>IHttpClientFactory</c>: API-key authentication and
    /// the standard resilience pipeline (retries with jittered backoff on transient failures and 429,
    /// circuit breaker, timeouts).
    /// <code>builder.Services.AddGatehouseClient(o => { o.BaseAddress = new("https://gh.example.com"); o.ApiKey = key; });</code>
    /// </summary>
    public static IHttpClientBuilder AddGatehouseClient(this IServiceCollection services, Action<GatehouseClientOptions> configure)
    {
        services.AddOptions<GatehouseClientOptions>().Configure(configure)
            .Validate(o => o.BaseAddress is { IsAbsoluteUri: true }, "GatehouseClientOptions.BaseAddress must be an absolute URI.")
            .Validate(o => o.ApiKey.StartsWith("gh_", StringComparison.Ordinal), "GatehouseClientOptions.ApiKey must be a Gatehouse API key (gh_live_…).");
        services.AddTransient<ApiKeyHandler>();
        var builder = services.AddHttpClient<GatehouseClient>((sp, http) =>
                http.BaseAddress = sp.GetRequiredService<IOptions<GatehouseClientOptions>>().Value.BaseAddress)
            .AddHttpMessageHandler<ApiKeyHandler>();
        builder.AddStandardResilienceHandler();
        builder.Services.AddOptions<HttpStandardResilienceOptions>(builder.Name + "-standard")
            .Configure<IOptions<GatehouseClientOptions>>((r, o) => r.AttemptTimeout.Timeout = o.Value.AttemptTimeout);
        return builder;
    }
}
