namespace Gatehouse.Server.Features.Webhooks;

/// <summary>An endpoint that receives committed domain events, signed per Standard Webhooks.</summary>
public sealed class Webhook
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string Url { get; set; } = "";
    public string? Description { get; set; }
    public List<string> EventTypes { get; set; } = [];
    /// <summary>When not empty, member events are sent only for members holding one of these roles.</summary>
    public List<Guid> FilterRoleIds { get; set; } = [];
    public bool Enabled { get; set; } = true;
    /// <summary>Deliveries per second at most; null means the server default.</summary>
    public int? MaxPerSecond { get; set; }
    /// <summary>The <c>whsec_</c> secret, encrypted with the data-protection keys.</summary>
    public string SecretProtected { get; set; } = "";
    /// <summary>The secret before the last rotation; deliveries carry both signatures until <see cref="PreviousSecretValidUntil"/>.</summary>
    public string? PreviousSecretProtected { get; set; }
    public DateTime? PreviousSecretValidUntil { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public Guid? CreatedByUserId { get; set; }
    /// <summary>Start of the current run of failed attempts (null while healthy); drives automatic disabling.</summary>
    public DateTime? FailingSince { get; set; }
    public string? DisabledReason { get; set; }
    public DateTime? DisabledAt { get; set; }
    public DateTime? LastDeliveryAt { get; set; }
    public int? LastResponseStatus { get; set; }
    public int Version { get; set; } = 1;
}
