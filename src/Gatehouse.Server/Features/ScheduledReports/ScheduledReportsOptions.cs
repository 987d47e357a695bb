namespace Gatehouse.Server.Features.ScheduledReports;

/// <summary>Scheduled report settings (<c>Gatehouse:ScheduledReports</c>).</summary>
public sealed class ScheduledReportsOptions
{
    public const string Section = "Gatehouse:ScheduledReports";

    /// <summary>The community's name, printed on every report page and in every e-mail subject.</summary>
    public string CommunityName { get; set; } = "Gatehouse";

    /// <summary>How often the scheduler looks for due reports and due delivery retries.</summary>
    public TimeSpan CheckEvery { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Waits before each retry of a failed delivery; after the last one it is given up.</summary>
    public TimeSpan[] RetrySchedule { get; set; } = [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2)];

    /// <summary>How long a run's files stay downloadable; older files are deleted by the scheduler.</summary>
    public TimeSpan KeepFilesFor { get; set; } = TimeSpan.FromDays(30);

    public int MaxReports { get; set; } = 100;

    /// <summary>Rows a PDF table shows before saying how many more the CSV holds (a PDF is for reading, the CSV for everything).</summary>
    public int MaxPdfRows { get; set; } = 1000;

    /// <summary>Lets webhook recipients be loopback http URLs (development and tests only).</summary>
    public bool AllowLoopback { get; set; }

    public TimeSpan WebhookTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Files up to this size travel inside the webhook body (base64); larger ones are announced without content.</summary>
    public long WebhookInlineLimit { get; set; } = 5_000_000;

    /// <summary>Where files are kept, relative to the data directory unless absolute.</summary>
    public string Directory { get; set; } = "scheduled-reports";
}
