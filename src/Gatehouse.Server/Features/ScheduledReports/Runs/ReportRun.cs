namespace Gatehouse.Server.Features.ScheduledReports.Runs;

/// <summary>One production of a report: the period it covers, its files (one per language) and its deliveries.</summary>
public sealed class ReportRun
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ReportId { get; set; }
    /// <summary>schedule or manual.</summary>
    public string Trigger { get; set; } = RunTriggers.Schedule;
    public DateTime PeriodFrom { get; set; }
    public DateTime PeriodTo { get; set; }
    /// <summary><see cref="RunStatuses"/>.</summary>
    public string Status { get; set; } = RunStatuses.Running;
    public string? Error { get; set; }
    public DateTime StartedAt { get; set; }
    public DateTime? FinishedAt { get; set; }
    /// <summary>The languages a file was written in (one file each).</summary>
    public List<string> Languages { get; set; } = [];
    public string Format { get; set; } = "";
    public long SizeBytes { get; set; }
    /// <summary>When the files are deleted; null once they have been.</summary>
    public DateTime? FilesExpireAt { get; set; }
    public Guid? RequestedBy { get; set; }
}

public static class RunTriggers
{
    public const string Schedule = "schedule";
    public const string Manual = "manual";
}

public static class RunStatuses
{
    public const string Running = "running";
    /// <summary>Files made; some deliveries are still pending (or retrying).</summary>
    public const string Delivering = "delivering";
    public const string Delivered = "delivered";
    /// <summary>Some deliveries were given up.</summary>
    public const string PartlyFailed = "partly_failed";
    /// <summary>The files could not be made, or no delivery succeeded.</summary>
    public const string Failed = "failed";
}

/// <summary>One recipient of one run, with its attempts.</summary>
public sealed class ReportDelivery
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid RunId { get; set; }
    public string Kind { get; set; } = "";
    public string Address { get; set; } = "";
    public string Language { get; set; } = "en";
    /// <summary>pending, sent or failed.</summary>
    public string Status { get; set; } = DeliveryStatuses.Pending;
    public int Attempts { get; set; }
    public DateTime NextAttemptAt { get; set; }
    public DateTime? SentAt { get; set; }
    public string? LastError { get; set; }
}

public static class DeliveryStatuses
{
    public const string Pending = "pending";
    public const string Sent = "sent";
    public const string Failed = "failed";
}
