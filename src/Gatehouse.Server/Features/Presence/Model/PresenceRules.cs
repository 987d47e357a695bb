using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure.Errors;

namespace Gatehouse.Server.Features.Presence.Model;

/// <summary>Validation shared by the gateway hub and the REST endpoint, so both refuse the same things with the same words.</summary>
public static class PresenceRules
{
    public const int MaxMessageLength = 128;
    public const int MaxActivityNameLength = 128;
    public const int MaxIconLength = 2048;
    public static readonly TimeSpan MaxExpiry = TimeSpan.FromDays(366);

    /// <summary>Checks a chosen status; returns the normalized message (blank is none) and expiry (UTC).</summary>
    public static (ChosenStatus Status, string? Message, DateTime? ExpiresAt) CheckStatus(
        string? status, string? message, DateTimeOffset? expiresAt, DateTime now, Validator v)
    {
        if (!ChosenStatuses.TryParse(status, out var chosen))
            v.Add("status", Messages.Get("status.unknown", string.Join(", ", ChosenStatuses.Names)));
        var text = string.IsNullOrWhiteSpace(message) ? null : message.Trim();
        v.MaxLength("status_message", text, MaxMessageLength);
        var expiry = expiresAt?.UtcDateTime;
        if (expiry is { } e && (e <= now || e > now + MaxExpiry)) v.Add("expires_at", Messages.Get("presence.expiry"));
        return (chosen, text, expiry);
    }

    /// <summary>Checks an activity; fills in started_at with the current time.</summary>
    public static PresenceActivity? CheckActivity(PresenceActivity? activity, DateTime now, Validator v)
    {
        if (activity is null) return null;
        var name = activity.Name?.Trim();
        v.Required("activity.name", name).MaxLength("activity.name", name, MaxActivityNameLength);
        if (!PresenceActivity.Types.Contains(activity.Type))
            v.Add("activity.type", Messages.Get("presence.activity_type", string.Join(", ", PresenceActivity.Types)));
        v.HttpUrl("activity.icon", activity.Icon).MaxLength("activity.icon", activity.Icon, MaxIconLength);
        var started = activity.StartedAt?.ToUniversalTime() ?? now;
        if (started > now + TimeSpan.FromMinutes(1)) started = now;
        return activity with { Name = name ?? "", Icon = string.IsNullOrEmpty(activity.Icon) ? null : activity.Icon, StartedAt = started };
    }

    /// <summary>The first error as one sentence, for hub callers (a HubException carries a message, not a field map).</summary>
    public static string Describe(Validator v) =>
        string.Join(" ", v.Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"));

    public static bool IsStatusName(string value) => UserStatuses.All.Contains(value);
}
