using Gatehouse.Server.Features.ScheduledReports.Definitions;
using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.ScheduledReports.Content;

public static class PreviewScheduledReport
{
    public const int PreviewRows = 25;

    /// <summary>A draft report and the language to show it in.</summary>
    public sealed record Request(ReportInput Report, string? Language = "en");

    /// <summary>
    /// What the first page of a draft would say if it ran now (title, period, charts, first rows):
    /// the same content the PDF lays out, so the builder shows it before anything is saved. Writes nothing.
    /// </summary>
    public static async Task<Results<Ok<ReportContent>, ValidationProblem>> Handle(
        Request request, IMemberDirectory members, ReportContentBuilder builder, IOptions<ScheduledReportsOptions> options, TimeProvider time,
        CancellationToken ct)
    {
        var v = new Validator();
        if (request.Report is null) v.Add("report", Messages.Get("required"));
        else await ReportRules.ValidateAsync(v, request.Report, options.Value.AllowLoopback, members, ct);
        if (request.Language is null || !ReportLanguages.All.Contains(request.Language)) v.Add("language", ReportText.Get("recipient.language"));
        if (!v.IsValid) return Problems.Validation(v.Errors);

        var now = time.GetUtcNow().UtcDateTime;
        var draft = new ScheduledReport();
        ReportRules.Apply(draft, request.Report!, now);
        return TypedResults.Ok(await builder.BuildAsync(draft, now.AddDays(-draft.PeriodDays), now, request.Language!, PreviewRows, ct));
    }
}
