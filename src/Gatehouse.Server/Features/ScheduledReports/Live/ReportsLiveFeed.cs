using Gatehouse.Server.Features.ScheduledReports.Runs;

namespace Gatehouse.Server.Features.ScheduledReports.Live;

/// <summary>A run's status as the panel shows it.</summary>
public sealed record ReportRunChange(Guid ReportId, Guid RunId, string Status);

/// <summary>Run changes after they commit, for the <c>scheduled-reports</c> live topic and for tests that follow the runs.</summary>
public sealed class ReportsLiveFeed
{
    public event Action<ReportRunChange>? Changed;

    public void Publish(ReportRun run) => Changed?.Invoke(new ReportRunChange(run.ReportId, run.Id, run.Status));
}
