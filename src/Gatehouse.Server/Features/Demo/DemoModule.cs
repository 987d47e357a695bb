using Gatehouse.Server.Infrastructure.Modules;
using Gatehouse.Server.Infrastructure.Security;

namespace Gatehouse.Server.Features.Demo;

public sealed class DemoModule : IFeatureModule
{
    /// <summary><c>--demo</c> on the command line turns demo mode on (the same as <c>Gatehouse:Demo:Enabled=true</c>).</summary>
    /// <remarks>A bare switch is not valid ASP.NET command-line configuration, so it is taken out before the builder sees it.</remarks>
    public static string[] WithDemoSwitchAsSetting(string[] args) =>
        [.. args.Select(a => a.Equals("--demo", StringComparison.OrdinalIgnoreCase) ? $"--{DemoOptions.Section}:Enabled=true" : a)];

    public void AddServices(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        services.AddOptions<DemoOptions>().Bind(configuration.GetSection(DemoOptions.Section));
        services.AddSingleton<Contracts.IDemoMode, DemoMode>();
        if (!configuration.GetValue<bool>($"{DemoOptions.Section}:Enabled")) return;
        // The demo needs an owner to sign in with; the start-up initializer creates it from these.
        var demo = configuration.GetSection(DemoOptions.Section).Get<DemoOptions>() ?? new DemoOptions();
        if (string.IsNullOrEmpty(configuration["Gatehouse:Owner:Email"]))
        {
            configuration["Gatehouse:Owner:Email"] = demo.OwnerEmail;
            configuration["Gatehouse:Owner:Password"] = demo.OwnerPassword;
        }
        services.AddScoped<DemoSeeder>();
        services.AddSingleton<DemoSimulator>();
        services.AddHostedService(sp => sp.GetRequiredService<DemoSimulator>());
    }

    public void MapEndpoints(IEndpointRouteBuilder app)
    {
        // Nothing of the demo is reachable when demo mode is off.
        if (!app.ServiceProvider.GetRequiredService<IConfiguration>().GetValue<bool>($"{DemoOptions.Section}:Enabled")) return;
        // Avatars are drawn for any name (demo members, and anyone who points avatar_url here).
        app.MapGet("/demo/avatars/{name}.svg", (string name, HttpContext http) =>
            {
                http.Response.Headers.CacheControl = "public, max-age=86400";
                return TypedResults.Text(DemoAvatars.Svg(name), "image/svg+xml");
            })
            .WithTags("Demo").WithName("GetDemoAvatar").WithSummary("A generated initials avatar").Public();
    }
}
