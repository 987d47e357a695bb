namespace Gatehouse.Server.Features.Presence.Model;

/// <summary>A rich activity, as Discord shows it ("Playing Chess").</summary>
/// <param name="Type">One of <c>playing streaming listening watching competing custom</c>.</param>
/// <param name="Icon">An https URL of a small image.</param>
/// <param name="StartedAt">When it began; the server fills in the current time when absent.</param>
public sealed record PresenceActivity(string Name, string Type = "playing", string? Icon = null, DateTime? StartedAt = null)
{
    public static readonly string[] Types = ["playing", "streaming", "listening", "watching", "competing", "custom"];
}
