using Gatehouse.Server.Features.ScheduledReports.Content;
using Gatehouse.Server.Features.ScheduledReports.Delivery;
using Gatehouse.Server.Features.ScheduledReports.Live;
using Gatehouse.Server.Features.ScheduledReports.Runs;
using Gatehouse.Server.Infrastructure.Events;
using Gatehouse.Server.Infrastructure.Modules;
using Gatehouse.Server.Infrastructure.Realtime;

namespace Gatehouse.Server.Features.ScheduledReports;

/// <summary>Reports (members, moderation, analytics, audit) made as PDF or CSV on a cron schedule and sent by e-mail or signed webhook.</summary>
public sealed class ScheduledReportsModule : IFeatureModule
{
    public void MapEndpoints(IEndpointRouteBuilder app) => app.MapScheduledReportsEndpoints();

    public void AddServices(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ScheduledReportsOptions>().Bind(builder.Configuration.GetSection(ScheduledReportsOptions.Section))
            .Validate(o => o.CheckEvery > TimeSpan.Zero && o.RetrySchedule.All(r => r > TimeSpan.Zero) && o.KeepFilesFor > TimeSpan.Zero
                && o.WebhookTimeout > TimeSpan.Zero && o.MaxReports > 0 && o.MaxPdfRows > 0 && !string.IsNullOrWhiteSpace(o.CommunityName),
                "Scheduled report settings: positive intervals, retry waits, keep time, limits, and a community name.")
            .ValidateOnStart();
        services.AddScoped<ReportSource>();
        services.AddScoped<ReportContentBuilder>();
        services.AddScoped<ReportCsvWriter>();
        services.AddScoped<ReportRunner>();
        services.AddScoped<ReportDeliverer>();
        services.AddSingleton<ReportFiles>();
        services.AddSingleton<ReportsLiveFeed>();
        services.AddSingleton<ReportWorker>();
        services.AddHostedService<ReportScheduler>();
        services.AddDomainEventSubscriber<ScheduledReportsRelay>();
        services.AddLiveTopic<ScheduledReportsTopic>();
    }
}
