using Gatehouse.Server.Features.Analytics.Contracts;

namespace Gatehouse.Server.Features.Analytics.Live;

/// <summary>Narrows a window to one segment dimension (the panel's picker), so followers get only what they show.</summary>
public static class AnalyticsProjection
{
    public static AnalyticsWindow For(AnalyticsWindow window, string? dimension) =>
        dimension is null
            ? window
            : window with
            {
                Segments = window.Segments.Where(s => s.Key == dimension).ToDictionary(s => s.Key, s => s.Value, StringComparer.Ordinal),
            };
}
