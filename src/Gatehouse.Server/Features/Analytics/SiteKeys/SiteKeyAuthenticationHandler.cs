using System.Collections.Concurrent;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Analytics.SiteKeys;

/// <summary>The site key a request came with: events are anonymous and counted against the key's budget.</summary>
public sealed record SiteKeyRequest(Guid KeyId, int EventsPerMinute);

/// <summary>
/// Authenticates <c>X-Site-Key</c> on the endpoints that accept one (analytics ingest) and refuses it,
/// naming why, everywhere else: a public key opens nothing but its endpoint. The principal has no
/// member (<c>sub</c>), so permission checks refuse it anywhere a member is needed.
/// </summary>
public sealed class SiteKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, SiteKeyCache keys, GatehouseDb db)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!SiteKeyScheme.Carries(Request)) return AuthenticateResult.NoResult();
        if (Context.GetEndpoint()?.Metadata.GetMetadata<SiteKeyEndpoint>() is null) return Refuse("site_key.endpoint");
        var key = await keys.FindAsync(Request.Headers[SiteKeyScheme.Header].ToString().Trim(), db, Context.RequestAborted);
        if (key is null) return Refuse("site_key.invalid");
        Context.Features.Set(key);
        var identity = new ClaimsIdentity([new Claim("site_key_id", key.KeyId.ToString())], SiteKeyScheme.Name);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SiteKeyScheme.Name));
    }

    private AuthenticateResult Refuse(string message)
    {
        Context.Items["gatehouse.auth_failure"] = AnalyticsText.Get(message);
        return AuthenticateResult.Fail(message);
    }
}

/// <summary>Site keys by value, read from the database on first use and forgotten whenever one changes.</summary>
public sealed class SiteKeyCache
{
    private readonly ConcurrentDictionary<string, SiteKeyRequest> _known = new(StringComparer.Ordinal);
    private long _generation;

    public async Task<SiteKeyRequest?> FindAsync(string value, GatehouseDb db, CancellationToken ct)
    {
        if (!value.StartsWith(SiteKey.Prefix, StringComparison.Ordinal) || value.Length > 64) return null;
        if (_known.TryGetValue(value, out var known)) return known;
        var generation = Interlocked.Read(ref _generation);
        var row = await db.Set<SiteKey>().AsNoTracking().Where(k => k.Key == value)
            .Select(k => new SiteKeyRequest(k.Id, k.EventsPerMinute)).FirstOrDefaultAsync(ct);
        // Not kept when a change happened meanwhile: the next request reads the changed row.
        if (row is not null && generation == Interlocked.Read(ref _generation)) _known[value] = row;
        return row;
    }

    public void Forget()
    {
        Interlocked.Increment(ref _generation);
        _known.Clear();
    }
}
