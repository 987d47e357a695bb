using Gatehouse.Server.Features.Privacy.Contracts;
using Gatehouse.Server.Infrastructure.Persistence;

namespace Gatehouse.Server.Features.Webhooks;

/// <summary>
/// Webhook deliveries keep a copy of each body sent (for retries and replay): on erasure the person's
/// identifiers in those copies are replaced. What the receivers already got is theirs to erase; the
/// <c>user.erased</c> event tells them.
/// </summary>
public sealed class WebhooksPersonalData(GatehouseDb db) : IPersonalDataSource
{
    public string Feature => "webhooks";

    public IReadOnlyList<ProcessingActivity> Processing { get; } =
    [
        new("Outgoing webhooks", ["member events (id, username, display name, e-mail, roles)"], "Keep the community's own systems in step",
            "Legitimate interest (art. 6(1)(f))", "Delivery records: the webhooks pruning period", ["The webhook receivers the administrators configured"]),
    ];

    public Task ExportAsync(DataSubject subject, IPersonalDataArchive archive, CancellationToken ct) => Task.CompletedTask;

    public Task EraseAsync(DataSubject subject, CancellationToken ct) => PersonalText.ScrubAsync<WebhookDelivery>(db, subject, ct);
}
