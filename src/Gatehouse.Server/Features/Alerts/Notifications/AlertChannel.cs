namespace Gatehouse.Server.Features.Alerts.Notifications;

/// <summary>Where firing and resolve notices go: e-mail recipients over SMTP, or a signed POST to a URL.</summary>
public sealed class AlertChannel
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string Name { get; set; } = "";
    /// <summary><see cref="AlertChannelKinds"/>.</summary>
    public string Kind { get; set; } = AlertChannelKinds.Email;
    /// <summary>E-mail recipients (kind email).</summary>
    public List<string> Recipients { get; set; } = [];
    /// <summary>Receiver URL (kind webhook).</summary>
    public string? Url { get; set; }
    /// <summary>The <c>whsec_</c> signing secret, encrypted with the data-protection keys (kind webhook).</summary>
    public string? SecretProtected { get; set; }
    public DateTime CreatedAt { get; set; }
}

public static class AlertChannelKinds
{
    public const string Email = "email";
    public const string Webhook = "webhook";

    public static readonly IReadOnlyList<string> All = [Email, Webhook];
}
