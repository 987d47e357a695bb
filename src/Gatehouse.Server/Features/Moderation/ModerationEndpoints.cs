using Gatehouse.Server.Features.Moderation.Reports;
using Gatehouse.Server.Features.Moderation.Sanctions;
using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Infrastructure.Http;
using Gatehouse.Server.Infrastructure.Security;

namespace Gatehouse.Server.Features.Moderation;

public static class ModerationEndpoints
{
    public static IEndpointRouteBuilder MapModerationEndpoints(this IEndpointRouteBuilder app)
    {
        var users = app.MapGroup("/api/v1/users").WithTags("Moderation");
        users.MapPost("/{id}/warn", ApplySanction.Warn).WithName("WarnUser").WithSummary("Warn a member")
            .RequirePermission(Permissions.ModerationWarn).WithIdempotency();
        users.MapPost("/{id}/mute", ApplySanction.Mute).WithName("MuteUser").WithSummary("Mute a member for a duration (at most 28 days)")
            .RequirePermission(Permissions.ModerationMute).WithIdempotency();
        users.MapPost("/{id}/unmute", LiftSanction.Unmute).WithName("UnmuteUser").WithSummary("Lift a member's mute")
            .RequirePermission(Permissions.ModerationMute).WithIdempotency();
        users.MapPost("/{id}/kick", ApplySanction.Kick).WithName("KickUser").WithSummary("End every session of a member")
            .RequirePermission(Permissions.ModerationKick).WithIdempotency();
        users.MapPost("/{id}/ban", ApplySanction.Ban).WithName("BanUser").WithSummary("Ban a member, for a duration or permanently")
            .RequirePermission(Permissions.ModerationBan).WithIdempotency();
        users.MapPost("/{id}/unban", LiftSanction.Unban).WithName("UnbanUser").WithSummary("Lift a member's ban")
            .RequirePermission(Permissions.ModerationBan).WithIdempotency();
        users.MapGet("/{id}/sanctions", GetMemberSanctions.Handle).WithName(nameof(GetMemberSanctions))
            .WithSummary("A member's sanctions in force, history and suggested next step").RequirePermission(Permissions.ModerationRead);

        var moderation = app.MapGroup("/api/v1").WithTags("Moderation");
        moderation.MapGet("/sanctions", ListSanctions.Handle).WithName(nameof(ListSanctions)).WithSummary("The moderation log, with filters and cursor")
            .RequirePermission(Permissions.ModerationRead);
        moderation.MapGet("/moderation/export", ExportSanctions.Handle).WithName(nameof(ExportSanctions))
            .WithSummary("Stream the moderation log as CSV or JSON").RequirePermission(Permissions.ModerationRead);

        var reports = app.MapGroup("/api/v1/reports").WithTags("Reports");
        reports.MapPost("/", FileReport.Handle).WithName(nameof(FileReport)).WithSummary("Report a member (any signed-in member)")
            .SelfService().WithIdempotency();
        reports.MapGet("/", ListReports.Handle).WithName(nameof(ListReports)).WithSummary("The report queue, most urgent first")
            .RequirePermission(Permissions.ReportsManage);
        reports.MapPatch("/{id}", UpdateReport.Handle).WithName(nameof(UpdateReport))
            .WithSummary("Assign, change severity, resolve (optionally with a sanction), dismiss or reopen a report (honours If-Match)")
            .RequirePermission(Permissions.ReportsManage).WithIdempotency();
        return app;
    }
}
