using Gatehouse.Server.Features.Analytics.Compare;
using Gatehouse.Server.Features.Analytics.Ingest;
using Gatehouse.Server.Features.Analytics.Queries;
using Gatehouse.Server.Features.Analytics.SiteKeys;
using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Infrastructure.Security;

namespace Gatehouse.Server.Features.Analytics;

public static class AnalyticsEndpoints
{
    public static IEndpointRouteBuilder MapAnalyticsEndpoints(this IEndpointRouteBuilder app)
    {
        var analytics = app.MapGroup("/api/v1/analytics").WithTags("Analytics");
        analytics.MapPost("/events", IngestEvents.Handle).WithName(nameof(IngestEvents))
            .WithSummary("Record a batch of events from the site SDK, as the signed-in member or anonymously with a public site key (X-Site-Key); 429 past the source's budget")
            .Accepts<IngestEvents.Batch>("application/json")
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .SelfService().AcceptsSiteKey().RequireCors(SiteConnectionEndpoints.CorsPolicy);
        analytics.MapSiteKeyEndpoints();
        analytics.MapGet("/consent", RecordConsent.Get).WithName("GetAnalyticsConsent")
            .WithSummary("Whether this site requires analytics consent and the signed-in member's answer").SelfService();
        analytics.MapPut("/consent", RecordConsent.Put).WithName(nameof(RecordConsent))
            .WithSummary("Give or withdraw the signed-in member's analytics consent (audited)").SelfService();
        analytics.MapGet("/live", GetLive.Handle).WithName(nameof(GetLive))
            .WithSummary("The last closed live window (1s, 5s or 1m) and the recent windows' totals")
            .RequirePermission(Permissions.AnalyticsRead);
        analytics.MapGet("/series", GetSeries.Handle).WithName(nameof(GetSeries))
            .WithSummary("A metric over time from the rollups, optionally per segment and beside the previous day or week")
            .RequirePermission(Permissions.AnalyticsRead);
        analytics.MapGet("/compare", CompareSegments.Handle).WithName(nameof(CompareSegments))
            .WithSummary("Two segments (e.g. two client versions) side by side over a period, with B − A and a significance test per metric")
            .RequirePermission(Permissions.AnalyticsRead);
        analytics.MapGet("/stream", StreamAnalytics.Handle).WithName(nameof(StreamAnalytics))
            .WithSummary("Live windows as Server-Sent Events as they close; resumes with Last-Event-ID")
            .RequirePermission(Permissions.AnalyticsRead).AcceptsQueryToken();
        analytics.MapGet("/events", ExportEvents.Handle).WithName(nameof(ExportEvents))
            .WithSummary("Stream raw events as CSV or JSON").RequirePermission(Permissions.AnalyticsExport);
        return app;
    }
}
