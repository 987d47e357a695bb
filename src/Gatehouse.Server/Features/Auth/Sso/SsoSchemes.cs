using System.Collections.Concurrent;
using System.Net;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Auth.Sso;

/// <summary>
/// One OpenID Connect handler per configured provider, added and replaced at run time as providers
/// are saved (the framework's handler, options and discovery; nothing of the protocol is written
/// here). Each node loads the providers at start and re-reads one from the database whenever a
/// sign-in names it, so a change made on another node is picked up.
/// </summary>
public sealed class SsoSchemes(IAuthenticationSchemeProvider schemes, IOptionsMonitorCache<OpenIdConnectOptions> options, IDataProtectionProvider protection)
{
    private readonly ConcurrentDictionary<string, SsoProvider> _providers = new(StringComparer.Ordinal);
    private readonly IDataProtector _secrets = protection.CreateProtector("Gatehouse.Sso.ClientSecret.v1");

    public string Protect(string secret) => _secrets.Protect(secret);

    internal string? ClientSecretOf(SsoProvider p) => p.ClientSecretProtected is null ? null : _secrets.Unprotect(p.ClientSecretProtected);

    internal SsoProvider? Known(string id) => _providers.TryGetValue(id, out var p) ? p : null;

    /// <summary>Brings this node's handler for <paramref name="id"/> in step with the database; null when there is no such enabled provider.</summary>
    public async Task<SsoProvider?> SyncAsync(GatehouseDb db, string id, CancellationToken ct)
    {
        var stored = await db.SsoProviders.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (stored is null || !stored.Enabled)
        {
            Remove(id);
            return null;
        }
        if (Known(id)?.Version != stored.Version) Apply(stored);
        return stored;
    }

    public async Task LoadAllAsync(GatehouseDb db, CancellationToken ct)
    {
        foreach (var p in await db.SsoProviders.AsNoTracking().Where(p => p.Enabled).ToListAsync(ct)) Apply(p);
    }

    public void Apply(SsoProvider provider)
    {
        _providers[provider.Id] = provider;
        // The next request builds the options again from the provider just stored (and reads discovery afresh).
        options.TryRemove(provider.Scheme);
        schemes.TryAddScheme(new AuthenticationScheme(provider.Scheme, provider.DisplayName, typeof(OpenIdConnectHandler)));
    }

    /// <summary>
    /// After a failed read of the provider's discovery document: drops this node's handler options, and with
    /// them the framework's ConfigurationManager, which would otherwise keep answering the cached failure
    /// (its bootstrap back-off, growing up to minutes) without asking the provider again. The next sign-in
    /// builds the options afresh and reads discovery at once, so a provider that is back works again
    /// without a restart.
    /// </summary>
    public void ForgetDiscovery(SsoProvider provider) => options.TryRemove(provider.Scheme);

    public void Remove(string id)
    {
        if (!_providers.TryRemove(id, out _)) return;
        schemes.RemoveScheme(SsoProvider.SchemeOf(id));
        options.TryRemove(SsoProvider.SchemeOf(id));
    }

    /// <summary>Plain HTTP to the issuer is allowed only on loopback (a provider on the same machine, as in tests).</summary>
    public static bool IsLoopback(Uri issuer) =>
        issuer.IsLoopback || (IPAddress.TryParse(issuer.Host, out var ip) && IPAddress.IsLoopback(ip));
}
