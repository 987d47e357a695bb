using System.Globalization;
using Gatehouse.Server.Infrastructure.Cluster;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Events;
using Gatehouse.Server.Infrastructure.Mail;
using Gatehouse.Server.Infrastructure.Observability;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Realtime;
using Gatehouse.Server.Infrastructure.Sdk;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Localization;
using Scalar.AspNetCore;

namespace Gatehouse.Server.Infrastructure;

/// <summary>What every feature stands on: options, JSON, errors, languages, persistence, audit, API documents.</summary>
public static class CoreModule
{
    public const long MaxBodyBytes = 1024 * 1024;

    public static WebApplicationBuilder AddGatehouseCore(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<GatehouseOptions>().Bind(builder.Configuration.GetSection(GatehouseOptions.Section));
        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.ConfigureHttpJsonOptions(o => GatehouseJson.Configure(o.SerializerOptions));
        // Bad input must surface as an exception the handler below turns into a 400 that says what is wrong.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
        {
            c.ProblemDetails.Extensions["request_id"] = c.HttpContext.TraceIdentifier;
            if (c.ProblemDetails.Status == 404 && c.ProblemDetails.Detail is null)
            {
                c.ProblemDetails.Type = Problems.TypeBase + "not-found";
                c.ProblemDetails.Detail = Messages.Get("not_found", "resource");
            }
        });
        services.AddSingleton<IProblemDetailsWriter, ApiProblemWriter>();
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            string[] cultures = ["en", "fr"];
            o.SetDefaultCulture("en").AddSupportedCultures(cultures).AddSupportedUICultures(cultures);
            o.RequestCultureProviders = [new AcceptLanguageHeaderRequestCultureProvider()];
        });
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = MaxBodyBytes);
        services.AddDomainEvents(builder.Configuration);
        services.AddTrustedProxies(builder.Configuration);
        services.AddPersistence(builder.Configuration);
        services.AddRealtime();
        services.AddCluster(builder.Configuration);
        services.AddMail(builder.Configuration);
        builder.AddObservability();
        var dataDirectory = builder.Configuration[$"{GatehouseOptions.Section}:DataDirectory"] ?? "./data";
        // A cluster shares one key ring in PostgreSQL; a single node keeps its key files in the data directory.
        var dataProtection = services.AddDataProtection();
        if (Cluster.ClusterOptions.IsCluster(builder.Configuration)) dataProtection.PersistToDatabase(builder.Configuration);
        else dataProtection.PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(Path.GetFullPath(dataDirectory), "keys")));
        Security.KeyProtection.ProtectKeys(dataProtection, builder.Configuration);
        services.AddHostedService<Security.KeyProtectionWarning>();
        services.AddOpenApi("v1");
        return builder;
    }

    public static WebApplication UseGatehousePipeline(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.SkippedByHubSockets(b => b.UseExceptionHandler().UseStatusCodePages());
        // A hub socket takes its culture in the gate below instead: in place, this middleware's frame would stay
        // allocated for the connection's life.
        app.SkippedByHubSockets(b => b.UseRequestLocalization());
        app.Use(Http.IdempotencyFilter.BufferBodies);
        app.UseSdkFiles();
        app.UseRouting();
        // After routing, so an endpoint that streams large files (the member import) can declare its own cap.
        app.Use(RefuseOversizedBodies);
        // Only endpoints that ask for a CORS policy get one (the gateway, for the sites' origins).
        app.UseCors();
        // WebSocket handshakes to a hub pass these as a gate that lets go of them before the connection starts.
        app.GatedForHubSockets(b =>
        {
            b.InHubSocketGate(l => l.UseRequestLocalization());
            b.UseAuthentication();
            b.UseActorLogScope();
            // After authentication: API keys are limited per key, and the limiter must know which key it is.
            b.SkippedByHubSockets(r => r.UseRateLimiter());
            b.UseAuthorization();
        });
        return app;
    }

    public static WebApplication MapApiDocuments(this WebApplication app)
    {
        app.MapOpenApi("/api/{documentName}/openapi.json").Public();
        app.MapScalarApiReference("/api/docs", o => o.WithOpenApiRoutePattern("/api/{documentName}/openapi.json").WithTitle("Gatehouse API"))
            .Public();
        return app;
    }

    /// <summary>Kestrel enforces the size limit on its own; this also answers a declared oversize body up front, as ProblemDetails.</summary>
    /// <remarks>Not async on the way through (see <see cref="Http.IdempotencyFilter.BufferBodies"/>).</remarks>
    private static Task RefuseOversizedBodies(HttpContext http, Func<Task> next)
    {
        if (http.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IRequestSizeLimitMetadata>() is { } own)
        {
            if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = own.MaxRequestBodySize;
            return next();
        }
        if (http.Request.ContentLength > MaxBodyBytes && http.Features.Get<IHttpMaxRequestBodySizeFeature>() is not { MaxRequestBodySize: null })
            return http.RequestServices.GetRequiredService<IProblemDetailsService>()
                .WriteProblemAsync(http, 413, "body-too-large", Messages.Get("body.too_large"));
        return next();
    }

    internal static CultureInfo[] Cultures => [new("en"), new("fr")];
}
