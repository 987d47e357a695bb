using Gatehouse.Server.Infrastructure.Events;

namespace Gatehouse.Server.Features.Moderation.Sanctions;

/// <summary>The audit entries and domain events of sanctions, built in one place so apply, lift and expiry agree.</summary>
public static class SanctionEvents
{
    public const string AggregateType = "sanction";

    public static object Payload(Sanction s) => new
    {
        sanction_id = s.Id,
        user_id = s.UserId,
        kind = s.Kind,
        reason = s.Reason,
        evidence = s.Evidence,
        expires_at = s.ExpiresAt,
        moderator_id = s.ModeratorId,
        report_id = s.ReportId,
        end_reason = s.EndReason,
        lift_reason = s.LiftReason,
    };

    public static void Applied(IDomainEvents events, Sanction s) =>
        events.Record(DomainEventTypes.SanctionApplied, AggregateType, s.Id.ToString(), s.Version, Payload(s));

    public static void Ended(IDomainEvents events, Sanction s) =>
        events.Record(DomainEventTypes.SanctionLifted, AggregateType, s.Id.ToString(), s.Version, Payload(s));
}
