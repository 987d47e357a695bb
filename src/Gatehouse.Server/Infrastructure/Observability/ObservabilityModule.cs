using Gatehouse.Server.Infrastructure.Realtime;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.HttpLogging;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Console;
using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Gatehouse.Server.Infrastructure.Observability;

/// <summary>
/// Metrics, traces and logs (docs/adr/metrics-and-traces.md). Each feature owns its meter and
/// activity source, named <c>Gatehouse.&lt;Area&gt;</c>; this module listens to all of them plus the
/// framework's (ASP.NET Core, Kestrel, SignalR, HttpClient, EF Core, Npgsql, the runtime), serves
/// them at <c>/metrics</c>, and sends metrics and traces over OTLP when
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set.
/// </summary>
public static class ObservabilityModule
{
    /// <summary>Every Gatehouse meter and activity source is named with this prefix.</summary>
    public const string NamePrefix = "Gatehouse.";

    /// <summary>The category of ASP.NET Core's request-start/finish lines and of its RequestPath log scope.</summary>
    public const string HostingDiagnosticsCategory = "Microsoft.AspNetCore.Hosting.Diagnostics";

    public static WebApplicationBuilder AddObservability(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var section = builder.Configuration.GetSection(ObservabilityOptions.Section);
        var options = section.Get<ObservabilityOptions>() ?? new ObservabilityOptions();
        // A typo in the allowlist fails the start, not the first scrape.
        ClientNetworks.Parse(options.MetricsAllowedNetworks);
        services.AddOptions<ObservabilityOptions>().Bind(section);
        services.AddScoped<IAuthorizationHandler, MetricsScrapeAccess>();
        services.AddAuthorizationBuilder().AddPolicy(MetricsScrapeAccess.Policy, p => p.AddRequirements(new MetricsScrapeRequirement()));

        var otlp = !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("gatehouse", serviceVersion: typeof(ObservabilityModule).Assembly.GetName().Version?.ToString(3)))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(NamePrefix + "*")
                    // Request durations per route and status (Microsoft.AspNetCore.Hosting), Kestrel connections.
                    .AddAspNetCoreInstrumentation()
                    .AddMeter("Microsoft.AspNetCore.Http.Connections", "Microsoft.AspNetCore.Server.Kestrel", "Microsoft.EntityFrameworkCore")
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation()
                    .AddNpgsqlInstrumentation()
                    .AddPrometheusExporter(MetricsEndpoint.Configure);
                if (otlp) metrics.AddOtlpExporter();
            })
            .WithTracing(tracing =>
            {
                tracing.AddSource(NamePrefix + "*")
                    // Scrapes every few seconds would drown the traces that matter. A WebSocket request is
                    // a real-time connection: its span would last hours, and its tags would stay in memory
                    // all that time (about 1 KB per gateway connection); its negotiate request is traced. Told from
                    // the server's features: HttpContext.WebSockets knows only after SignalR's own WebSocket middleware.
                    .AddAspNetCoreInstrumentation(o =>
                    {
                        o.Filter = http => !http.Request.Path.StartsWithSegments(MetricsEndpoint.Path) && !RealtimeSocketPipeline.IsWebSocketHandshake(http);
                        // A span per hub method call (every status change and activity ping of every gateway) only
                        // when spans are exported: unexported, each call still made an Activity to propagate, ~15 % of
                        // what the server allocated at 200 presence changes/s (HubInvocationFailures has the rest).
                        o.EnableAspNetCoreSignalRSupport = otlp;
                    })
                    .AddHttpClientInstrumentation()
                    // One span per command on both providers (Npgsql's own spans would repeat them).
                    .AddEntityFrameworkCoreInstrumentation();
                if (otlp) tracing.AddOtlpExporter();
                // Without an exporter nobody reads the spans: each is still created for its ids (log lines, the
                // traceparent carried through the outbox to webhook receivers) but not recorded, so the instrumentation
                // skips its tags (the EF one read the provider's assembly name and the SQL at every command: ~5 % of the
                // CPU of a cheap authenticated request).
                else tracing.SetSampler(new AlwaysOffSampler());
            });

        // The framework's request lines ("Request starting GET /api/v1/invites/<code>/accept?...") and its
        // per-request scope (RequestPath) carry the raw path and query, where invite codes and
        // ?access_token= live. The access log replaces them with a masked path; this filter is added
        // after every other rule, for every provider named in the configuration (a provider's own
        // "Default" would otherwise win over a rule without a provider), so no setting brings them back.
        services.SilenceLogCategory(HostingDiagnosticsCategory);
        builder.Logging.Configure(o => o.ActivityTrackingOptions =
            ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);
        if (options.JsonLogs)
            builder.Logging.AddJsonConsole(o =>
            {
                o.IncludeScopes = true;
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            });
        if (options.AccessLog)
        {
            services.AddHttpLogging(o =>
            {
                // No path (it may hold an invite code: the route pattern is logged instead), no query,
                // no headers, no bodies: nothing that can carry a token, a password or a secret.
                o.LoggingFields = HttpLoggingFields.RequestMethod | HttpLoggingFields.ResponseStatusCode | HttpLoggingFields.Duration;
                o.CombineLogs = true;
            });
            services.AddHttpLoggingInterceptor<AccessLogFields>();
            // Its lines go out in batches (AccessLogWriter says why), not through the console logger's queue.
            services.TryAddEnumerable(ServiceDescriptor.Singleton<ILoggerProvider, AccessLogWriter>());
            builder.Logging.AddFilter<ConsoleLoggerProvider>(AccessLogWriter.Category, LogLevel.None);
        }
        return builder;
    }

    /// <summary>
    /// Turns a log category off for every provider, after every other rule: a provider's own "Default" in the
    /// configuration would otherwise win over a rule without a provider.
    /// </summary>
    public static IServiceCollection SilenceLogCategory(this IServiceCollection services, string category) =>
        services.PostConfigure<LoggerFilterOptions>(o =>
        {
            foreach (var provider in o.Rules.Select(r => r.ProviderName).Append(null).Distinct().ToList())
                o.Rules.Add(new LoggerFilterRule(provider, category, LogLevel.None, null));
        });

    /// <summary>First in the pipeline, so the access log times every request, files included.</summary>
    public static WebApplication UseAccessLog(this WebApplication app)
    {
        if (app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ObservabilityOptions>>().Value.AccessLog) app.SkippedByHubSockets(b => b.UseHttpLogging());
        return app;
    }

    /// <summary>
    /// After authentication: every log line of the request names who made it. A WebSocket to a hub runs this
    /// inside its gate (<see cref="RealtimeSocketPipeline.GatedForHubSockets"/>), whose frames end at once: the
    /// connection goes on in the execution context the gate handed on, with this scope in it.
    /// </summary>
    public static IApplicationBuilder UseActorLogScope(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger("Gatehouse.Requests");
        app.Use(async (http, next) =>
        {
            var actor = http.RequestServices.GetService<CurrentActor>();
            using var scope = actor?.UserId is { } user ? logger.BeginScope(new ActorLogScope(user)) : null;
            await next(http);
        });
        return app;
    }

    public static IEndpointRouteBuilder MapObservability(this IEndpointRouteBuilder app) => app.MapMetricsEndpoint();
}
