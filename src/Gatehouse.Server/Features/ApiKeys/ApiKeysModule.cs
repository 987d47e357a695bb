using Gatehouse.Server.Infrastructure.Modules;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.RateLimiting;

namespace Gatehouse.Server.Features.ApiKeys;

/// <summary>API keys: the key authentication scheme beside the JWT one, per-key rate limits, batched last-used writes.</summary>
public sealed class ApiKeysModule : IFeatureModule
{
    /// <summary>Picks the API-key handler or the JWT handler per request, from what the request carries.</summary>
    public const string SelectorScheme = "Gatehouse";

    public void AddServices(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
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
                ApiKeyAuthenticationHandler.Carries(http.Request) ? ApiKeyAuthenticationHandler.SchemeName
                : SiteKeyScheme.Carries(http.Request) ? SiteKeyScheme.Name
                : SocketTicketEndpoints.MemberTicketOf(http) is not null ? SocketTicketEndpoints.Scheme
                : SiteConnectionEndpoints.ConnectionTokenOf(http) is not null ? SiteConnectionEndpoints.Scheme
                : JwtBearerDefaults.AuthenticationScheme);
    }

    public void MapEndpoints(IEndpointRouteBuilder app) => app.MapApiKeysEndpoints();
}
