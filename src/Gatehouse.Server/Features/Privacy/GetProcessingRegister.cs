using System.Globalization;
using CsvHelper;
using Gatehouse.Server.Features.Privacy.Contracts;
using Gatehouse.Server.Infrastructure.Errors;

namespace Gatehouse.Server.Features.Privacy;

/// <summary>
/// <c>GET /privacy/register</c>: the register of processing activities (GDPR art. 30), generated from what
/// each feature declares, as JSON or CSV (<c>?format=csv</c>).
/// </summary>
public static class GetProcessingRegister
{
    /// <summary>One processing activity and the feature that performs it.</summary>
    public sealed record Activity(string Feature, string Name, IReadOnlyList<string> DataCategories, string Purpose, string LegalBasis,
        string Retention, IReadOnlyList<string> Recipients);

    public sealed record Response(IReadOnlyList<Activity> Items);

    public static async Task<IResult> Handle(HttpContext http, IEnumerable<IPersonalDataSource> sources, CancellationToken ct, string format = "json")
    {
        if (format is not ("json" or "csv"))
            return Problems.Validation(new Dictionary<string, string[]> { ["format"] = [PrivacyText.Get("format")] });
        var items = sources.OrderBy(s => s.Feature, StringComparer.Ordinal)
            .SelectMany(s => s.Processing.Select(p => new Activity(s.Feature, p.Name, p.DataCategories, p.Purpose, p.LegalBasis, p.Retention, p.Recipients)))
            .ToList();
        if (format == "json") return TypedResults.Ok(new Response(items));

        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = "attachment; filename=\"gatehouse-processing-register.csv\"";
        await using var writer = new StreamWriter(http.Response.Body, leaveOpen: true);
        await using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        csv.WriteHeader<Row>();
        await csv.NextRecordAsync();
        foreach (var a in items)
        {
            csv.WriteRecord(new Row(a.Feature, a.Name, string.Join("; ", a.DataCategories), a.Purpose, a.LegalBasis, a.Retention, string.Join("; ", a.Recipients)));
            await csv.NextRecordAsync();
        }
        return Results.Empty;
    }

    private sealed record Row(string Feature, string Name, string DataCategories, string Purpose, string LegalBasis, string Retention, string Recipients);
}
