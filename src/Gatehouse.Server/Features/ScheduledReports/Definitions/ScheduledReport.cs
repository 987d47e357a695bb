using System.Text.Json;
using Gatehouse.Server.Infrastructure;

namespace Gatehouse.Server.Features.ScheduledReports.Definitions;

/// <summary>A saved view, its schedule (cron in a time zone), its format and who receives it.</summary>
public sealed class ScheduledReport
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string Name { get; set; } = "";
    /// <summary><see cref="ReportKinds"/>.</summary>
    public string Kind { get; set; } = ReportKinds.Members;
    /// <summary>The view's options as JSON (snake_case): read and written whole.</summary>
    public string ViewJson { get; set; } = "{}";
    /// <summary>Five-field cron expression, read in <see cref="TimeZone"/>.</summary>
    public string Cron { get; set; } = "";
    /// <summary>IANA time zone id (e.g. Europe/Paris).</summary>
    public string TimeZone { get; set; } = "UTC";
    /// <summary>pdf or csv.</summary>
    public string Format { get; set; } = ReportFormats.Pdf;
    /// <summary>The period each run covers, ending at the run's scheduled time; compared with the one before.</summary>
    public int PeriodDays { get; set; } = 7;
    public string RecipientsJson { get; set; } = "[]";
    /// <summary>The <c>whsec_</c> secret signing webhook deliveries, encrypted with the data-protection keys.</summary>
    public string? WebhookSecretProtected { get; set; }
    public bool Enabled { get; set; } = true;
    /// <summary>The next scheduled run (UTC); null while disabled. Claimed by a conditional update, so a run happens once.</summary>
    public DateTime? NextRunAt { get; set; }
    public Guid? CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public int Version { get; set; } = 1;

    public ReportView View
    {
        get => JsonSerializer.Deserialize<ReportView>(ViewJson, GatehouseJson.Options) ?? new ReportView();
        set => ViewJson = JsonSerializer.Serialize(value, GatehouseJson.Options);
    }

    public IReadOnlyList<ReportRecipient> Recipients
    {
        get => JsonSerializer.Deserialize<List<ReportRecipient>>(RecipientsJson, GatehouseJson.Options) ?? [];
        set => RecipientsJson = JsonSerializer.Serialize(value, GatehouseJson.Options);
    }
}

public static class ReportKinds
{
    public const string Members = "members";
    public const string Moderation = "moderation";
    public const string Analytics = "analytics";
    public const string Audit = "audit";
    public static readonly IReadOnlyList<string> All = [Members, Moderation, Analytics, Audit];
}

public static class ReportFormats
{
    public const string Pdf = "pdf";
    public const string Csv = "csv";
    public static readonly IReadOnlyList<string> All = [Pdf, Csv];
}

public static class ReportLanguages
{
    public static readonly IReadOnlyList<string> All = ["en", "fr"];
}

/// <summary>
/// The options of a report's view; which apply depends on the kind. Members: role, tag, state,
/// joined_after/joined_before. Moderation: sanction_kinds. Analytics: metrics (and an optional segment).
/// Audit: action_prefix.
/// </summary>
public sealed record ReportView(
    string? Role = null, string? Tag = null, string? State = null, DateTime? JoinedAfter = null, DateTime? JoinedBefore = null,
    IReadOnlyList<string>? SanctionKinds = null, IReadOnlyList<string>? Metrics = null, string? Segment = null, string? ActionPrefix = null);

/// <summary>One recipient: an e-mail address or a webhook URL, and the language its file is written in.</summary>
/// <param name="Kind">email or webhook.</param>
/// <param name="Address">The e-mail address (email) or the https URL (webhook).</param>
/// <param name="Language">en or fr.</param>
public sealed record ReportRecipient(string Kind, string Address, string Language = "en");

public static class RecipientKinds
{
    public const string Email = "email";
    public const string Webhook = "webhook";
    public static readonly IReadOnlyList<string> All = [Email, Webhook];
}
