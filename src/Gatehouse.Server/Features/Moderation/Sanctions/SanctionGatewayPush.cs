using System.Text.Json;
using Gatehouse.Server.Features.Moderation.Contracts;
using Gatehouse.Server.Features.Presence.Contracts;
using Gatehouse.Server.Infrastructure.Events;

namespace Gatehouse.Server.Features.Moderation.Sanctions;

/// <summary>
/// After a sanction commits: the member's site clients get a <c>sanction</c> event (kind, reason,
/// until), then kicked and banned members' gateway connections are closed. Lifts and expiries are
/// pushed too, so the site can clear its notice. Idempotent enough: a repeated push says the same.
/// </summary>
public sealed class SanctionGatewayPush(IMemberGateway gateway) : IDomainEventSubscriber
{
    public string Name => "moderation.gateway_push";

    public bool OncePerCluster => true;

    public async ValueTask HandleAsync(DomainEvent evt, CancellationToken ct)
    {
        if (evt.Type is not (DomainEventTypes.SanctionApplied or DomainEventTypes.SanctionLifted)) return;
        var p = evt.Payload;
        var kind = p.GetProperty("kind").GetString()!;
        var endReason = p.TryGetProperty("end_reason", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() : null;
        if (endReason == SanctionEndReasons.Replaced) return; // the replacing sanction is pushed on its own
        var userId = p.GetProperty("user_id").GetGuid();
        var until = p.TryGetProperty("expires_at", out var x) && x.ValueKind == JsonValueKind.String ? x.GetDateTime() : (DateTime?)null;
        var state = evt.Type == DomainEventTypes.SanctionApplied ? SanctionNotice.Applied : endReason ?? SanctionEndReasons.Lifted;
        var notice = new SanctionNotice(p.GetProperty("sanction_id").GetGuid(), kind, p.GetProperty("reason").GetString()!, until, state);
        await gateway.NotifyAsync(userId, SanctionNotice.EventName, notice, ct);
        if (state == SanctionNotice.Applied && kind is SanctionKinds.Kick or SanctionKinds.Ban) gateway.Disconnect(userId);
    }
}
