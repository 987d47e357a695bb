using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.RateLimiting;

namespace Gatehouse.Server.Features.ApiKeys;

public static class ApiKeysModule
{
    /// <summary>Picks the API-key handler or the JWT handler per request, from what the request carries.</summary>
    public const string SelectorScheme = "Gatehouse";

    public static IServiceCollection AddApiKeysFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ApiKeysOptions>().Bind(configuration.GetSection(ApiKeysOptions.Section));
        services.AddSingleton<ApiKeyUsage>();
        services.AddHostedService<ApiKeyUsageWriter>();
        services.AddSingleton<ApiKeyRateLimits>();
        services.AddOptions<RateLimiterOptions>().Configure<ApiKeyRateLimits>(ApiKeyRateLimits.Configure);

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = SelectorScheme;
                o.DefaultAuthenticateScheme = SelectorScheme;
                o.DefaultChallengeScheme = SelectorScheme;
            })
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddPolicyScheme(SelectorScheme, SelectorScheme, o => o.ForwardDefaultSelector = http =>
                ApiKeyAuthenticationHandler.Carries(http.Request) ? ApiKeyAuthenticationHandler.SchemeName : JwtBearerDefaults.AuthenticationScheme);
        return services;
    }
}
