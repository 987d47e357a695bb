using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Auth.Sso;

public static class SsoRegistration
{
    public static void AddSso(IServiceCollection services)
    {
        services.AddSingleton<SsoSchemes>();
        services.AddScoped<SsoAccounts>();
        // Providers are added at run time (SsoSchemes); their options come from the stored provider,
        // then the framework's own post-configuration fills in discovery, data protection and state.
        services.AddSingleton<IConfigureOptions<OpenIdConnectOptions>, SsoHandlerOptions>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<OpenIdConnectOptions>, OpenIdConnectPostConfigureOptions>());
        services.AddAuthentication().AddCookie(SsoExternalCookie.Scheme, o =>
        {
            o.Cookie.Name = SsoExternalCookie.Name;
            o.Cookie.Path = SsoPaths.Base;
            o.Cookie.HttpOnly = true;
            // Lax: the provider sends the browser back with a top-level GET from its own site.
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = SsoExternalCookie.Lifetime;
            o.SlidingExpiration = false;
            o.Events = new CookieAuthenticationEvents
            {
                // Never a redirect to a login page: the panel handles sign-in.
                OnRedirectToLogin = c => { c.Response.StatusCode = 401; return Task.CompletedTask; },
                OnRedirectToAccessDenied = c => { c.Response.StatusCode = 403; return Task.CompletedTask; },
            };
        });
    }

    public static async Task LoadProvidersAsync(IServiceProvider services, CancellationToken ct)
    {
        using var scope = services.CreateScope();
        await services.GetRequiredService<SsoSchemes>().LoadAllAsync(scope.ServiceProvider.GetRequiredService<GatehouseDb>(), ct);
    }
}
