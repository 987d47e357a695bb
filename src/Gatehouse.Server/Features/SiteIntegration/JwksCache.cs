using System.Collections.Concurrent;
using Microsoft.IdentityModel.Tokens;

namespace Gatehouse.Server.Features.SiteIntegration;

/// <summary>
/// A site's published keys, fetched once and kept for <see cref="SiteSourceOptions.JwksRefresh"/>.
/// A token signed with a key id the cache does not know refetches at once (the site rotated), but at
/// most once per <see cref="SiteSourceOptions.JwksMinRefetch"/>. A failed fetch keeps the keys held.
/// Times come from the server clock, so tests move them without waiting.
/// </summary>
public sealed class JwksCache(IHttpClientFactory clients, TimeProvider time, ILogger<JwksCache> log)
{
    public const string HttpClientName = "site-jwks";

    private sealed class Entry
    {
        public IReadOnlyList<SecurityKey> Keys = [];
        public long FetchedAt;
        public bool Loaded;
        public readonly SemaphoreSlim Gate = new(1, 1);
    }

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public async Task<IReadOnlyList<SecurityKey>> KeysAsync(string url, SiteSourceOptions source, string? kid, CancellationToken ct)
    {
        var e = _entries.GetOrAdd(url, _ => new Entry());
        if (!NeedsFetch(e, source, kid)) return e.Keys;
        await e.Gate.WaitAsync(ct);
        try
        {
            if (NeedsFetch(e, source, kid)) await FetchAsync(url, e, ct);
        }
        finally
        {
            e.Gate.Release();
        }
        return e.Keys;
    }

    private bool NeedsFetch(Entry e, SiteSourceOptions source, string? kid)
    {
        if (!e.Loaded) return true;
        var age = time.GetElapsedTime(e.FetchedAt);
        if (age >= source.JwksRefresh) return true;
        return kid is not null && e.Keys.All(k => k.KeyId != kid) && age >= source.JwksMinRefetch;
    }

    private async Task FetchAsync(string url, Entry e, CancellationToken ct)
    {
        try
        {
            var json = await clients.CreateClient(HttpClientName).GetStringAsync(url, ct);
            e.Keys = [.. new JsonWebKeySet(json).GetSigningKeys()];
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or ArgumentException or System.Text.Json.JsonException)
        {
            log.LogWarning(ex, "Fetching the site keys at {Url} failed; keeping the {Count} keys held", url, e.Keys.Count);
        }
        // A failure also counts as a fetch, so a down site is not hammered by every connection.
        e.FetchedAt = time.GetTimestamp();
        e.Loaded = true;
    }
}
