using Gatehouse.Server.Features.Audit.LiveEvents;
using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Infrastructure.Security;

namespace Gatehouse.Server.Features.Audit;

public static class AuditEndpoints
{
    public static IEndpointRouteBuilder MapAuditEndpoints(this IEndpointRouteBuilder app)
    {
        var audit = app.MapGroup("/api/v1/audit").WithTags("Audit").RequirePermission(Permissions.AuditRead);
        audit.MapGet("/", ListAuditEntries.Handle).WithName(nameof(ListAuditEntries)).WithSummary("Search the audit log, newest first");
        audit.MapGet("/export", ExportAuditEntries.Handle).WithName(nameof(ExportAuditEntries))
            .WithSummary("Export the filtered log as CSV or JSON (?format=csv|json)").RequireAllowedNetwork(ClientNetworks.AuditExport).RequireStepUp();
        audit.MapGet("/verify", VerifyAuditChain.Handle).WithName(nameof(VerifyAuditChain)).WithSummary("Walk the hash chain and report the first broken link");
        audit.MapGet("/{id}", GetAuditEntry.Handle).WithName(nameof(GetAuditEntry)).WithSummary("One audit entry");
        app.MapGet("/api/v1/events/stream", StreamEvents.Handle).WithTags("Audit").WithName(nameof(StreamEvents))
            .WithSummary("Committed domain events as Server-Sent Events (the events topic); resumes with Last-Event-ID")
            .RequirePermission(Permissions.AuditRead).AcceptsQueryToken();
        return app;
    }
}
