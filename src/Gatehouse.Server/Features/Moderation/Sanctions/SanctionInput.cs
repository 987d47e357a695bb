using System.Globalization;
using System.Text.Json;
using System.Xml;
using Gatehouse.Server.Infrastructure.Errors;

namespace Gatehouse.Server.Features.Moderation.Sanctions;

/// <summary>The checks shared by every sanction request and by reports: reason, evidence links, duration.</summary>
public static class SanctionInput
{
    public const int MaxReason = 500;
    public const int MaxNote = 1000;
    public const int MaxEvidence = 10;
    public const int MaxUrl = 2048;

    public static void Reason(Validator v, string field, string? reason, bool required = true)
    {
        if (required) v.Required(field, reason);
        v.MaxLength(field, reason, MaxReason);
    }

    public static List<string> Evidence(Validator v, IReadOnlyList<string>? links)
    {
        if (links is null) return [];
        var ok = links.Count <= MaxEvidence && links.All(l => l is { Length: > 0 and <= MaxUrl }
            && Uri.TryCreate(l, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp));
        if (!ok) v.Add("evidence", ModerationText.Get("evidence.format", MaxEvidence));
        return ok ? [.. links.Select(l => l!).Distinct(StringComparer.Ordinal)] : [];
    }

    /// <summary>ISO 8601 (<c>PT1H</c>, <c>P7D</c>) or whole seconds, as a JSON number or string; absent means none.</summary>
    public static TimeSpan? Duration(Validator v, JsonElement? value, TimeSpan max)
    {
        if (value is not { ValueKind: not JsonValueKind.Null } element) return null;
        TimeSpan? parsed = element.ValueKind switch
        {
            JsonValueKind.Number when element.TryGetInt64(out var seconds) && seconds is > 0 and < 10L * 365 * 86400 => TimeSpan.FromSeconds(seconds),
            JsonValueKind.String => Parse(element.GetString()!),
            _ => null,
        };
        if (parsed is null)
        {
            v.Add("duration", ModerationText.Get("duration.format"));
            return null;
        }
        if (parsed <= TimeSpan.Zero || parsed > max)
        {
            v.Add("duration", ModerationText.Get("duration.range", (int)max.TotalDays));
            return null;
        }
        return parsed;
    }

    private static TimeSpan? Parse(string text)
    {
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            return seconds < 10L * 365 * 86400 ? TimeSpan.FromSeconds(seconds) : null;
        // Months and years have no fixed length: a sanction's end must be exact, so only days and smaller.
        if (text.Length is < 3 or > 40 || !text.StartsWith('P') || text.Contains('Y', StringComparison.Ordinal)
            || text.Split('T')[0].Contains('M', StringComparison.Ordinal)) return null;
        try { return XmlConvert.ToTimeSpan(text); }
        catch (FormatException) { return null; }
        catch (OverflowException) { return null; }
    }
}
