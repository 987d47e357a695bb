using Gatehouse.Server.Features.Invites.Contracts;
using Gatehouse.Server.Infrastructure.Http;
using Gatehouse.Server.Infrastructure.Modules;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Invites;

/// <summary>Invites: links that let people in with chosen roles; accepting is public and rate-limited per address.</summary>
public sealed class InvitesModule : IFeatureModule
{
    public void AddServices(WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<IMemberInvites, MemberInvites>();
        builder.Services.AddOptions<InvitesOptions>().Bind(builder.Configuration.GetSection(InvitesOptions.Section));
        builder.Services.Configure<RateLimiterOptions>(o => o.AddPolicy(InvitesEndpoints.AcceptRateLimit, http =>
        {
            var limit = http.RequestServices.GetRequiredService<IOptions<InvitesOptions>>().Value.AcceptsPerIpPerMinute;
            return PerIpRateLimit.PerMinute(http, InvitesEndpoints.AcceptRateLimit, limit);
        }));
    }

    public void MapEndpoints(IEndpointRouteBuilder app) => app.MapInvitesEndpoints();
}
