using Gatehouse.Server.Features.ScheduledReports.Definitions;
using Gatehouse.Server.Infrastructure;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.ScheduledReports.Runs;

/// <summary>
/// Where a run's files live: one per language under the data directory, named by run id, written to
/// a temporary name and moved into place so a download never sees half a file.
/// </summary>
public sealed class ReportFiles(IOptions<ScheduledReportsOptions> options, IOptions<GatehouseOptions> gatehouse)
{
    public string Directory
    {
        get
        {
            var configured = options.Value.Directory;
            return Path.IsPathRooted(configured) ? configured : Path.Combine(Path.GetFullPath(gatehouse.Value.DataDirectory), configured);
        }
    }

    public string PathOf(Guid runId, string language, string format) => Path.Combine(Directory, $"{runId:N}-{language}.{format}");

    public static string ContentType(string format) => format == ReportFormats.Pdf ? "application/pdf" : "text/csv; charset=utf-8";

    /// <summary>The name a recipient sees: <c>members-2026-12-07-fr.pdf</c>.</summary>
    public static string DownloadName(ScheduledReport report, ReportRun run, string language) =>
        $"{report.Kind}-{run.PeriodTo:yyyy-MM-dd}-{language}.{run.Format}";

    public async Task<long> WriteAsync(Guid runId, string language, string format, Func<Stream, Task> write)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var path = PathOf(runId, language, format);
        var partial = path + ".partial";
        await using (var stream = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
            await write(stream);
        File.Move(partial, path, overwrite: true);
        return new FileInfo(path).Length;
    }

    public void Delete(ReportRun run)
    {
        foreach (var language in run.Languages)
        {
            var path = PathOf(run.Id, language, run.Format);
            if (File.Exists(path)) File.Delete(path);
        }
    }
}
