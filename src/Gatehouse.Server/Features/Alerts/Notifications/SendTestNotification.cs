using Gatehouse.Server.Features.Alerts.Engine;
using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gatehouse.Server.Features.Alerts.Notifications;

public static class SendTestNotification
{
    /// <summary>What the one test attempt gave.</summary>
    /// <param name="Error">Why it was not delivered (null when delivered).</param>
    public sealed record Response(bool Delivered, string? Error);

    /// <summary>Sends one test notice through the channel now and says whether it arrived (no retries: the answer is the point).</summary>
    public static async Task<Ok<Response>> Handle(Guid id, GatehouseDb db, IAuditLog audit, NotificationSender sender, TimeProvider time, CancellationToken ct)
    {
        var channel = await DeleteAlertChannel.LoadAsync(db, id, ct);
        var now = time.GetUtcNow().UtcDateTime;
        var notice = AlertNotices.Notification(new AlertNotice(AlertNotices.EventType, null, channel.Name, "test", "test", now, [], false, Test: true), id, now);
        var error = await sender.SendAsync(channel, notice, ct);
        await audit.RecordAloneAsync(new AuditRecord("alert_channel.tested", "alert_channel", id.ToString(),
            new { delivered = error is null, error }, error is null ? "success" : "fail"), ct); // the audit log's result values
        return TypedResults.Ok(new Response(error is null, error));
    }
}
