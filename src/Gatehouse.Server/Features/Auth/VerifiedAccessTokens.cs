using System.Collections.Concurrent;
using Gatehouse.Server.Infrastructure;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Gatehouse.Server.Features.Auth;

/// <summary>
/// Checks an access token's signature once per node rather than on every request. The ES256 check costs about
/// 0.17 ms of CPU, ~5 % of a typical authenticated request; an admin's app sends the same token for its whole
/// lifetime. What a token says never changes, so a token that passed keeps passing until it expires, as long as
/// the keys it was checked against are the ones this node still holds (a reload of the keys checks again).
/// Only the signature and the claims are remembered: the session and the account are checked on every request
/// (<see cref="SessionPrincipal.LoadActorAsync"/>), so signing out or a ban still applies to the very next request.
/// Tokens that fail are never remembered: a forged one costs the full check each time.
/// <para>
/// A token is remembered from its second check on, not its first. A site's gateway shows its token once per
/// connection (its negotiate trades it for a socket ticket), so remembering every token at first sight kept
/// thousands of entries that were never read again: ~2.5 KB of server memory per gateway connection at 10,000
/// (bench/README.md, "A token remembered at its second check"). An admin's app pays one more check per token.
/// </para>
/// </summary>
public sealed class VerifiedAccessTokens : JsonWebTokenHandler
{
    /// <summary>
    /// Live tokens kept per node (each entry is the token and its parsed form, ~3 KB). Past it, expired ones are
    /// dropped first and everything if that is not enough: a miss only costs the check again.
    /// </summary>
    internal const int MaxTokens = 4096;

    /// <summary>
    /// Tokens seen once, as a hash per slot (a power of two; 32 KB): a token whose hash is already in its slot is
    /// remembered. Two tokens sharing a slot only push each other out (each is then checked once more), and a hash
    /// collision only remembers a token one check early: the cache itself is keyed by the whole token.
    /// </summary>
    internal const int SeenOnceSlots = 8192;

    private readonly SigningKeyStore _keys;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, Verified> _verified = new(StringComparer.Ordinal);
    private readonly int[] _seenOnce = new int[SeenOnceSlots];
    private long _signatureChecks;

    private sealed record Verified(TokenValidationResult Result, object Keys, DateTime ExpiresAt);

    public VerifiedAccessTokens(SigningKeyStore keys, TimeProvider time)
    {
        _keys = keys;
        _time = time;
        MapInboundClaims = false;
    }

    /// <summary>How many tokens had their signature checked, rather than found already checked (for tests).</summary>
    internal long SignatureChecks => Interlocked.Read(ref _signatureChecks);

    /// <summary>How many tokens are remembered (for tests).</summary>
    internal int Remembered => _verified.Count;

    /// <summary>How access tokens are checked: issuer, audience, ES256 with one of this node's keys, the server's clock.</summary>
    public static TokenValidationParameters Parameters(SecurityOptions security, SigningKeyStore keys, TimeProvider time) => new()
    {
        ValidIssuer = security.Issuer,
        ValidAudience = TokenService.Audience,
        ValidAlgorithms = [SecurityAlgorithms.EcdsaSha256],
        IssuerSigningKeyResolver = (_, _, _, _) => keys.ValidationKeys,
        LifetimeValidator = ServerClock.Lifetime(time),
        ClockSkew = TimeSpan.FromSeconds(30),
    };

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        var keys = _keys.KeySet;
        var now = _time.GetUtcNow().UtcDateTime;
        if (_verified.TryGetValue(token, out var hit) && ReferenceEquals(hit.Keys, keys) && now < hit.ExpiresAt) return hit.Result;
        Interlocked.Increment(ref _signatureChecks);
        var result = await base.ValidateTokenAsync(token, validationParameters);
        // Remembered until the token's own expiry, without the clock skew the full check allows: never longer than it.
        if (result.IsValid && result.SecurityToken is JsonWebToken jwt && jwt.ValidTo > now && SeenBefore(token))
        {
            // The result builds its identity and the token its instants lazily; built here, once, the requests that
            // share the result only read them.
            _ = result.ClaimsIdentity;
            _ = jwt.ValidFrom;
            if (_verified.Count >= MaxTokens) DropExpired(now);
            _verified[token] = new Verified(result, keys, jwt.ValidTo);
        }
        return result;
    }

    /// <summary>Whether the token was checked before (its hash in its slot); if not, it is now. Races only miss a sighting.</summary>
    private bool SeenBefore(string token)
    {
        var hash = StringComparer.Ordinal.GetHashCode(token);
        ref var slot = ref _seenOnce[hash & (SeenOnceSlots - 1)];
        if (Volatile.Read(ref slot) == hash) return true;
        Volatile.Write(ref slot, hash);
        return false;
    }

    private void DropExpired(DateTime now)
    {
        foreach (var (token, verified) in _verified)
            if (verified.ExpiresAt <= now) _verified.TryRemove(token, out _);
        if (_verified.Count >= MaxTokens) _verified.Clear();
    }
}
