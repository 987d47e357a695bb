using System.Net;
using Gatehouse.Server.Features.Analytics.Contracts;
using MaxMind.Db;
using MaxMind.GeoIP2;
using MaxMind.GeoIP2.Exceptions;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Analytics.Capture;

/// <summary>
/// Country of an address from a MaxMind <c>.mmdb</c> file when one is configured. Without one, or for an
/// address the file does not know, the region is <c>unknown</c>: never guessed and shown as fact.
/// </summary>
public sealed class RegionLookup : IDisposable
{
    private readonly DatabaseReader? _reader;

    public RegionLookup(IOptions<AnalyticsOptions> options, ILogger<RegionLookup> logger)
    {
        if (options.Value.GeoIpDatabase is not { Length: > 0 } path) return;
        try
        {
            _reader = new DatabaseReader(path);
        }
        catch (Exception e) when (e is IOException or InvalidDatabaseException or UnauthorizedAccessException)
        {
            logger.LogError(e, "Analytics:GeoIpDatabase {Path} cannot be read; every region is 'unknown'", path);
        }
    }

    public bool Configured => _reader is not null;

    public string CountryOf(IPAddress address)
    {
        if (_reader is null) return AnalyticsDimensions.Unknown;
        try
        {
            return _reader.TryCountry(address, out var response) && response?.Country.IsoCode is { Length: > 0 } iso
                ? iso : AnalyticsDimensions.Unknown;
        }
        catch (Exception e) when (e is InvalidOperationException or InvalidDatabaseException or GeoIP2Exception)
        {
            // A city database answers country lookups too; any other kind of file is not a region source.
            return AnalyticsDimensions.Unknown;
        }
    }

    public void Dispose() => _reader?.Dispose();
}
