using System.Net;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Http;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.ApiKeys;

/// <summary>
/// Authenticates <c>Authorization: Bearer gh_live_…</c> or <c>X-Api-Key</c>. The key must match its
/// current secret (or the previous one within its rotation grace), be neither revoked nor expired,
/// come from an allowed address, and its creator must still be an active member; the request then
/// runs as the creator with the key's scopes that the creator still holds.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    GatehouseDb db, AccessService access, CurrentActor actor, ApiKeyUsage usage, ApiKeyRateLimits limits,
    IOptions<ApiKeysOptions> keyOptions, TimeProvider time)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";
    /// <summary>Where a refusal reason waits for the 401 answer to name it.</summary>
    public const string FailureItem = "gatehouse.auth_failure";

    /// <summary>Does the request carry an API key (rather than a JWT)?</summary>
    public static bool Carries(HttpRequest request) =>
        request.Headers.ContainsKey(HeaderName)
        || request.Headers.Authorization.ToString().StartsWith("Bearer " + ApiKeySecrets.Prefix, StringComparison.Ordinal);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Carries(Request)) return AuthenticateResult.NoResult();
        var key = Request.Headers.TryGetValue(HeaderName, out var header) ? header.ToString().Trim()
            : Request.Headers.Authorization.ToString()["Bearer ".Length..].Trim();
        if (ApiKeySecrets.PublicIdOf(key) is not { } publicId) return Refuse("apikey.malformed");

        var row = await db.Set<ApiKey>().AsNoTracking().FirstOrDefaultAsync(k => k.PublicId == publicId, Context.RequestAborted);
        var now = time.GetUtcNow().UtcDateTime;
        if (row is null) return Refuse("apikey.invalid");
        var current = ApiKeySecrets.Matches(key, row.SecretHash);
        var previous = !current && row.PreviousValidUntil > now && ApiKeySecrets.Matches(key, row.PreviousSecretHash);
        if (!current && !previous) return Refuse("apikey.invalid");
        if (row.RevokedAt is not null) return Refuse("apikey.revoked");
        if (row.ExpiresAt <= now) return Refuse("apikey.expired");

        var ip = Context.Connection.RemoteIpAddress;
        if (row.AllowedIps.Count > 0 && !IpAllowlist.Allows(row.AllowedIps, ip)) return Refuse("apikey.ip_refused", ClientInfo.Ip(Context) ?? "?");

        var creator = await access.ForUserAsync(row.CreatedByUserId, Context.RequestAborted);
        if (creator is null || creator.User.DeletedAt is not null || creator.User.IsDisabled || creator.User.IsBanned)
            return Refuse("apikey.creator_inactive");

        // The key acts as its creator with exactly the key's scopes that the creator still holds
        // now: a permission the creator lost is gone from the key on its next request.
        var all = row.Scopes.Contains(Permissions.Administrator);
        actor.Load(creator.Identity, null, [.. creator.Granted.Where(p => all || row.Scopes.Contains(p))], row.Id);
        usage.Record(row.Id, now, ClientInfo.Ip(Context));
        var rpm = row.RateLimitPerMinute ?? keyOptions.Value.DefaultRateLimitPerMinute;
        var request = new ApiKeyRequest(row.Id, rpm);
        Context.Features.Set(request);
        Context.Response.OnStarting(() =>
        {
            limits.WriteHeaders(Context, request);
            return Task.CompletedTask;
        });

        var identity = new ClaimsIdentity(
            [new Claim("sub", row.CreatedByUserId.ToString()), new Claim("api_key_id", row.Id.ToString())], SchemeName, "sub", null);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    private AuthenticateResult Refuse(string message, params object[] args)
    {
        Context.Items[FailureItem] = Messages.Get(message, args);
        return AuthenticateResult.Fail(message);
    }
}

/// <summary>Matches a client address against CIDR blocks or single addresses.</summary>
public static class IpAllowlist
{
    public static bool IsValidEntry(string entry) => IPNetwork.TryParse(entry, out _) || IPAddress.TryParse(entry, out _);

    public static bool Allows(IEnumerable<string> entries, IPAddress? ip)
    {
        if (ip is null) return false;
        if (ip.IsIPv4MappedToIPv6) ip = ip.MapToIPv4();
        foreach (var entry in entries)
        {
            if (IPNetwork.TryParse(entry, out var network) && network.Contains(ip)) return true;
            if (IPAddress.TryParse(entry, out var single) && single.Equals(ip)) return true;
        }
        return false;
    }
}
