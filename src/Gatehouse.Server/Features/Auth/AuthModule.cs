using System.Globalization;
using System.Threading.RateLimiting;
using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Features.Privacy.Contracts;
using Gatehouse.Server.Infrastructure;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Http;
using Gatehouse.Server.Infrastructure.Modules;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Auth;

/// <summary>Sign-in, tokens and sessions, the request's actor, the owner account and signing keys.</summary>
public sealed class AuthModule : IFeatureModule
{
    public void MapEndpoints(IEndpointRouteBuilder app) => app.MapAuthEndpoints();

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        await OwnerSeeding.SeedAsync(services, ct);
        await Sso.SsoRegistration.LoadProvidersAsync(services, ct);
    }

    public void AddServices(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<SigningKeyStore>();
        services.AddScoped<AuthPersonalData>();
        services.AddScoped<IPersonalDataSource>(sp => sp.GetRequiredService<AuthPersonalData>());
        services.AddScoped<IRetentionRule>(sp => sp.GetRequiredService<AuthPersonalData>());
        services.AddSingleton<SetupState>();
        services.AddSingleton<PasswordHasher>();
        services.AddSingleton<MemorySignInThrottle>();
        // A cluster counts sign-in failures in Redis, so failures spread over nodes add up.
        if (Infrastructure.Cluster.ClusterOptions.IsCluster(builder.Configuration)) services.AddSingleton<ISignInThrottle, RedisSignInThrottle>();
        else services.AddSingleton<ISignInThrottle>(sp => sp.GetRequiredService<MemorySignInThrottle>());
        services.AddSingleton<Credentials.PasswordProof>();
        services.AddScoped<Credentials.MemberCredentials>();
        services.AddScoped<Contracts.IMemberCredentials>(sp => sp.GetRequiredService<Credentials.MemberCredentials>());
        services.AddSingleton<TwoFactor.TotpCodes>();
        services.AddSingleton<TwoFactor.TwoFactorPolicy>();
        services.AddScoped<TwoFactor.TwoFactorCheck>();
        services.AddScoped<TokenService>();
        services.AddScoped<SecurityNotices>();
        services.AddSingleton<Contracts.IConnectionTokens, ConnectionTokens>();
        services.AddSingleton<Contracts.ISocketTickets, SocketTickets.SignedSocketTickets>();
        services.AddSingleton<Infrastructure.Realtime.ISocketTicketIssuer, SocketTickets.MemberSocketTicketIssuer>();
        services.AddScoped<RefreshTokens>();
        services.AddScoped<Contracts.ISessionRevocation>(sp => sp.GetRequiredService<RefreshTokens>());
        services.AddScoped<CurrentActor>();
        services.AddSingleton<ActorAccessCache>();
        services.AddScoped<Infrastructure.Events.ICurrentActorInfo>(sp => sp.GetRequiredService<CurrentActor>());

        services.Configure<Microsoft.AspNetCore.OpenApi.OpenApiOptions>("v1", OpenApiSecurity.Configure);
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer()
            .AddScheme<AuthenticationSchemeOptions, SocketTickets.SocketTicketHandler>(SocketTicketEndpoints.Scheme, null);
        Sso.SsoRegistration.AddSso(services);
        services.AddSingleton<VerifiedAccessTokens>();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<VerifiedAccessTokens, SigningKeyStore, IOptions<GatehouseOptions>, TimeProvider>((o, tokens, keys, options, time) =>
            {
                o.MapInboundClaims = false;
                // Nothing reads the raw token back from the authentication properties; keeping it
                // would hold a copy per request (and for the whole life of a real-time connection).
                o.SaveToken = false;
                o.TokenHandlers.Clear();
                o.TokenHandlers.Add(tokens);
                o.TokenValidationParameters = VerifiedAccessTokens.Parameters(options.Value.Security, keys, time);
                o.Events = new JwtBearerEvents
                {
                    OnTokenValidated = LoadActorAsync,
                    // Only the real-time endpoints marked AcceptsQueryToken read ?access_token= (exact routes).
                    OnMessageReceived = QueryToken.ReadFromMarkedEndpoints,
                };
            });

        services.AddAuthorizationBuilder()
            .AddPolicy(PermissionEndpointExtensions.SignedInPolicy, p => p.RequireAuthenticatedUser());
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddScoped<IAuthorizationHandler, PermissionAuthorizationHandler>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, AuthorizationResultHandler>();

        services.AddRateLimiter(o =>
        {
            o.AddPolicy(AuthEndpoints.LoginRateLimit, http => PerIpPerMinute(http, AuthEndpoints.LoginRateLimit, s => s.LoginAttemptsPerIpPerMinute));
            // Refresh proves possession of a 256-bit secret, so it is no guessing target; its limit only
            // stops floods, and is separate so a burst of sign-ins from one office never logs anyone out.
            o.AddPolicy(AuthEndpoints.RefreshRateLimit, http => PerIpPerMinute(http, AuthEndpoints.RefreshRateLimit, s => s.RefreshPerIpPerMinute));
            o.OnRejected = async (context, ct) =>
            {
                var http = context.HttpContext;
                var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? (int)Math.Ceiling(retry.TotalSeconds) : 60;
                http.Response.Headers.RetryAfter = wait.ToString(CultureInfo.InvariantCulture);
                await http.RequestServices.GetRequiredService<IAuditLog>().RecordAloneAsync(new AuditRecord(
                    "auth.rate_limited", "endpoint", http.Request.Path, new { retry_after_seconds = wait }, AuditResults.Denied), ct);
                var text = http.GetEndpoint()?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName switch
                {
                    nameof(Refresh) => "refresh.rate_limited",
                    "AcceptInvite" or "GetInviteLanding" => "invite.rate_limited",
                    _ => "login.rate_limited",
                };
                await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteProblemAsync(http, 429, "rate-limited",
                    Messages.Get(text, wait), new Dictionary<string, object?> { ["retry_after_seconds"] = wait });
            };
        });
    }

    /// <summary>Counted in memory on a single node, in Redis in a cluster (one limit whichever node an address reaches).</summary>
    private static RateLimitPartition<string> PerIpPerMinute(HttpContext http, string policy, Func<SecurityOptions, int> limitOf) =>
        PerIpRateLimit.PerMinute(http, policy, limitOf(http.RequestServices.GetRequiredService<IOptions<GatehouseOptions>>().Value.Security));

    /// <summary>After the signature checks out: the session's checks and the actor (<see cref="SessionPrincipal"/>).</summary>
    private static async Task LoadActorAsync(TokenValidatedContext context)
    {
        var principal = context.Principal!;
        if (!Guid.TryParse(principal.FindFirst(SessionPrincipal.Subject)?.Value, out var userId)
            || !Guid.TryParse(principal.FindFirst(SessionPrincipal.Session)?.Value, out var sessionId))
        {
            context.Fail("The token has no subject or session.");
            return;
        }
        if (await SessionPrincipal.LoadActorAsync(context.HttpContext, userId, sessionId) is { } failure)
        {
            context.Fail(failure);
            return;
        }
        // The validated principal references the parsed token (payload, claim sets, encoded text).
        // The app needs only who and which session, so the principal carries just those two claims.
        context.Principal = SessionPrincipal.Of(userId, sessionId, principal.Identity?.AuthenticationType ?? JwtBearerDefaults.AuthenticationScheme);
    }
}
