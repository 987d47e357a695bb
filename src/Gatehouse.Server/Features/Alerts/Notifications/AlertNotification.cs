namespace Gatehouse.Server.Features.Alerts.Notifications;

/// <summary>
/// One notice to one channel, written in the same transaction as the transition that causes it and
/// sent after commit by <see cref="NotificationWorker"/>, retried on its schedule until sent or given up.
/// </summary>
public sealed class AlertNotification
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ChannelId { get; set; }
    public Guid? RuleId { get; set; }
    /// <summary>firing, resolved or test.</summary>
    public string Kind { get; set; } = "";
    public string Subject { get; set; } = "";
    /// <summary>The JSON body of the webhook POST; the e-mail text is made from it.</summary>
    public string Body { get; set; } = "";
    /// <summary>pending, sent or failed.</summary>
    public string Status { get; set; } = NotificationStatuses.Pending;
    public int Attempts { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime NextAttemptAt { get; set; }
    public DateTime? SentAt { get; set; }
    public string? LastError { get; set; }
}

public static class NotificationStatuses
{
    public const string Pending = "pending";
    public const string Sent = "sent";
    public const string Failed = "failed";
}
