namespace Gatehouse.Server.Features.Moderation.Contracts;

/// <summary>What other features may ask moderation: is this member muted or banned right now, until when, why.</summary>
public interface IMemberSanctions
{
    Task<ActiveSanction?> ActiveMuteAsync(Guid userId, CancellationToken ct);

    Task<ActiveSanction?> ActiveBanAsync(Guid userId, CancellationToken ct);

    /// <summary>How many sanctions (any kind) each member received since <paramref name="since"/>; members with none are absent.</summary>
    Task<IReadOnlyDictionary<Guid, int>> CountSinceAsync(DateTime since, IReadOnlyCollection<Guid>? only, CancellationToken ct);
}

/// <param name="Until">Null for a permanent ban.</param>
public sealed record ActiveSanction(string Kind, string Reason, DateTime? Until, Guid SanctionId)
{
    /// <summary>The sentence the member reads when a muted or banned action is refused.</summary>
    public string Describe() => Kind == "mute"
        ? ModerationText.Get("muted", ModerationText.When(Until ?? DateTime.MaxValue), Reason)
        : Until is { } until ? ModerationText.Get("banned.until", ModerationText.When(until), Reason) : ModerationText.Get("banned.permanent", Reason);
}
