namespace Gatehouse.Server.Features.Analytics.Contracts;

/// <summary>
/// What a metric can be broken down by. Role, region, device and version split every metric;
/// endpoint splits the request metrics (count, errors, latency); type splits <c>events</c>.
/// </summary>
public static class AnalyticsDimensions
{
    public const string Role = "role";
    public const string Region = "region";
    public const string Device = "device";
    public const string Version = "version";
    public const string Endpoint = "endpoint";
    public const string Type = "type";

    public static readonly IReadOnlyList<string> All = [Role, Region, Device, Version, Endpoint, Type];

    /// <summary>The dimensions the panel's segment pickers offer (one value each across every metric).</summary>
    public static readonly IReadOnlyList<string> Segments = [Role, Region, Device, Version];

    /// <summary>The value stored when a dimension is not known for an event (no GeoIP database, a server event without a device).</summary>
    public const string Unknown = "unknown";
}
