namespace Gatehouse.Server.Features.Moderation.Sanctions;

/// <summary>A sanction as moderators see it.</summary>
/// <param name="Kind">warn, mute, kick or ban.</param>
/// <param name="ExpiresAt">When a timed mute or ban ends by itself; null for a permanent ban and for warn and kick.</param>
/// <param name="Note">The moderators' own note, never shown to the member.</param>
/// <param name="EndReason">lifted, expired or replaced, once it has ended.</param>
/// <param name="Active">True while a mute or ban is in force.</param>
public sealed record SanctionResponse(
    Guid Id, Guid UserId, string Kind, string Reason, IReadOnlyList<string> Evidence, string? Note, Guid? ModeratorId, Guid? ReportId,
    DateTime CreatedAt, DateTime? ExpiresAt, DateTime? EndedAt, Guid? EndedById, string? EndReason, string? LiftReason, bool Active)
{
    public static SanctionResponse Of(Sanction s, DateTime now) => new(
        s.Id, s.UserId, s.Kind, s.Reason, s.Evidence, s.Note, s.ModeratorId, s.ReportId, s.CreatedAt, s.ExpiresAt, s.EndedAt,
        s.EndedById, s.EndReason, s.LiftReason, s.IsActiveAt(now));
}
