using System.Security.Cryptography;
using System.Text;
using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Features.Auth.Contracts;
using Gatehouse.Server.Infrastructure;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Auth;

public enum RotationOutcome { Rotated, Invalid, Reused }

public sealed record Rotation(RotationOutcome Outcome, RefreshSession? Session = null, string? NewToken = null);

/// <summary>
/// Opaque refresh tokens in rotating families: each use swaps the token for a new one; presenting
/// a token that was already swapped means it leaked, so the whole family is revoked, except within
/// a short grace (<c>RefreshReuseGrace</c>) where two tabs or a retried request refreshing at once
/// get the same successor. The successor is an HMAC of its predecessor under a server key, so it
/// can be handed out again without being stored, and cannot be derived by whoever holds an old token.
/// </summary>
public sealed class RefreshTokens(GatehouseDb db, IOptions<GatehouseOptions> options, TimeProvider time, IAuditSigningKey serverKey) : ISessionRevocation
{
    public (RefreshSession Session, string Token) StartSession(Guid userId, string? ip, string? userAgent)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var session = new RefreshSession
        {
            UserId = userId,
            CreatedAt = now,
            LastUsedAt = now,
            ExpiresAt = now + options.Value.Security.RefreshTokenLifetime,
            Ip = ip,
            UserAgent = userAgent,
            SteppedUpAt = now,
        };
        db.RefreshSessions.Add(session);
        return (session, Issue(session.Id, now));
    }

    /// <summary>Rotates inside the caller's write transaction (so two racing uses cannot both win).</summary>
    public async Task<Rotation> RotateAsync(string presented, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var hash = HashOf(presented);
        var token = await db.RefreshTokens.AsNoTracking().FirstOrDefaultAsync(t => t.TokenHash == hash, ct);
        if (token is null) return new(RotationOutcome.Invalid);
        var session = await db.RefreshSessions.FirstAsync(s => s.Id == token.SessionId, ct);
        if (session.RevokedAt is not null || session.ExpiresAt <= now) return new(RotationOutcome.Invalid, session);
        var successor = SuccessorOf(presented);

        // Claim the token with a conditional update: of two racing requests exactly one changes the row.
        var claimed = token.UsedAt is null && await db.RefreshTokens.Where(t => t.Id == token.Id && t.UsedAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(t => t.UsedAt, now), ct) == 1;
        if (claimed)
        {
            session.LastUsedAt = now;
            db.RefreshTokens.Add(new RefreshToken { SessionId = session.Id, TokenHash = HashOf(successor), CreatedAt = now });
            return new(RotationOutcome.Rotated, session, successor);
        }

        var usedAt = token.UsedAt ?? now; // null: a concurrent request claimed it a moment ago
        var successorHash = HashOf(successor);
        if (now - usedAt <= options.Value.Security.RefreshReuseGrace
            && await db.RefreshTokens.AnyAsync(t => t.TokenHash == successorHash && t.SessionId == session.Id, ct))
            return new(RotationOutcome.Rotated, session, successor);
        Revoke(session, "refresh_token_reuse");
        return new(RotationOutcome.Reused, session);
    }

    public async Task<RefreshSession?> FindSessionAsync(string presented, CancellationToken ct)
    {
        var hash = HashOf(presented);
        var token = await db.RefreshTokens.AsNoTracking().FirstOrDefaultAsync(t => t.TokenHash == hash, ct);
        return token is null ? null : await db.RefreshSessions.FirstOrDefaultAsync(s => s.Id == token.SessionId, ct);
    }

    public void Revoke(RefreshSession session, string reason)
    {
        if (session.RevokedAt is not null) return;
        session.RevokedAt = time.GetUtcNow().UtcDateTime;
        session.RevokedReason = reason;
    }

    public async Task RevokeAllAsync(Guid userId, string reason, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await db.RefreshSessions.Where(s => s.UserId == userId && s.RevokedAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.RevokedAt, now).SetProperty(s => s.RevokedReason, reason), ct);
    }

    private string Issue(Guid sessionId, DateTime now)
    {
        var raw = Base64Url(RandomNumberGenerator.GetBytes(32));
        db.RefreshTokens.Add(new RefreshToken { SessionId = sessionId, TokenHash = HashOf(raw), CreatedAt = now });
        return raw;
    }

    /// <summary>The token that replaces <paramref name="presented"/>: HMAC-SHA256 under a key derived from the server's audit key.</summary>
    private string SuccessorOf(string presented)
    {
        var key = HKDF.DeriveKey(HashAlgorithmName.SHA256, serverKey.Value, 32, info: "gatehouse/refresh-successor/v1"u8.ToArray());
        return Base64Url(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(presented)));
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string HashOf(string raw) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(raw)));
}
