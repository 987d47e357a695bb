namespace Gatehouse.Server.Features.Moderation.Contracts;

/// <summary>Read-only moderation log for other features (scheduled reports): sanctions given in a period, oldest first.</summary>
public interface IModerationLog
{
    IAsyncEnumerable<ModerationLogEntry> ReadAsync(DateTime from, DateTime to, IReadOnlyCollection<string>? kinds, CancellationToken ct);
}

/// <param name="Kind">warn, mute, kick or ban.</param>
/// <param name="Member">The sanctioned member's username (or id when erased).</param>
/// <param name="Moderator">The moderator's username, null for automatic sanctions.</param>
public sealed record ModerationLogEntry(Guid Id, DateTime At, string Kind, string Member, string? Moderator, string Reason, DateTime? ExpiresAt, string? EndReason)
{
    public static readonly IReadOnlyList<string> Kinds = ["warn", "mute", "kick", "ban"];
}
