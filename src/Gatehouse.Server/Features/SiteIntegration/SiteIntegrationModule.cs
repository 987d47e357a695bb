using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Infrastructure.Modules;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Authentication;

namespace Gatehouse.Server.Features.SiteIntegration;

/// <summary>
/// A site's own users, present without a Gatehouse password: connection tokens minted for the
/// site's back end (<c>POST /site-tokens</c>, API-key scope <c>site.tokens</c>) or signed by the site
/// itself (configured sources), and the authentication scheme that admits them on the gateway.
/// </summary>
public sealed class SiteIntegrationModule : IFeatureModule
{
    public void AddServices(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SiteOptions>().Bind(builder.Configuration.GetSection(SiteOptions.Section))
            .Validate(o => o.TokenLifetime > TimeSpan.Zero && o.TokenLifetime <= TimeSpan.FromHours(1), "Gatehouse:Site:TokenLifetime must be between 0 and 1 hour.")
            .Validate(o => o.ConnectionsPerMinute > 0, "Gatehouse:Site:ConnectionsPerMinute must be positive.")
            .Validate(o => o.Sources.All(s => s.Value.Problem(s.Key) is null), "A Gatehouse:Site:Sources entry is incomplete (see its Problem).")
            .ValidateOnStart();
        services.AddHttpClient(JwksCache.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(10)).AddStandardResilienceHandler();
        services.AddSingleton<JwksCache>();
        services.AddSingleton<SiteSignedTokens>();
        services.AddSingleton<SourceRateLimits>();
        // A site's pages connect from the site's own origin: only the configured ones may (none by default).
        var origins = builder.Configuration.GetSection(SiteOptions.Section + ":AllowedOrigins").Get<string[]>() ?? [];
        services.AddCors(o => o.AddPolicy(SiteConnectionEndpoints.CorsPolicy, p =>
            p.WithOrigins(origins).AllowAnyHeader().WithMethods("GET", "POST").AllowCredentials()));
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, SiteConnectionHandler>(SiteConnectionEndpoints.Scheme, null);
        services.AddSingleton<Infrastructure.Realtime.ISocketTicketIssuer, SiteSocketTicketIssuer>();
    }

    public void MapEndpoints(IEndpointRouteBuilder app) =>
        app.MapGroup("/api/v1/site-tokens").WithTags("Site integration")
            .MapPost("/", MintSiteToken.Handle).WithName(nameof(MintSiteToken))
            .WithSummary("Create or update a site's member just in time and get a short-lived connection token for their page")
            .RequirePermission(Permissions.SiteTokens);
}
