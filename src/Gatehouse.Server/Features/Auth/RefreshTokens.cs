using System.Security.Cryptography;
using System.Text;
using Gatehouse.Server.Infrastructure;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Auth;

public enum RotationOutcome { Rotated, Invalid, Reused }

public sealed record Rotation(RotationOutcome Outcome, RefreshSession? Session = null, string? NewToken = null);

/// <summary>
/// Opaque refresh tokens in rotating families: each use swaps the token for a new one; presenting
/// a token that was already swapped means it leaked, so the whole family is revoked.
/// </summary>
public sealed class RefreshTokens(GatehouseDb db, IOptions<GatehouseOptions> options, TimeProvider time)
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
        };
        db.RefreshSessions.Add(session);
        return (session, Issue(session.Id, now));
    }

    /// <summary>Rotates inside the caller's write transaction (so two racing uses cannot both win).</summary>
    public async Task<Rotation> RotateAsync(string presented, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var hash = HashOf(presented);
        var token = await db.RefreshTokens.FirstOrDefaultAsync(t => t.TokenHash == hash, ct);
        if (token is null) return new(RotationOutcome.Invalid);
        var session = await db.RefreshSessions.FirstAsync(s => s.Id == token.SessionId, ct);
        if (session.RevokedAt is not null || session.ExpiresAt <= now) return new(RotationOutcome.Invalid, session);
        if (token.UsedAt is not null)
        {
            Revoke(session, "refresh_token_reuse");
            return new(RotationOutcome.Reused, session);
        }
        token.UsedAt = now;
        session.LastUsedAt = now;
        return new(RotationOutcome.Rotated, session, Issue(session.Id, now));
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

    /// <summary>Ends every session of a user (kick, ban, disable, password change).</summary>
    public async Task RevokeAllAsync(Guid userId, string reason, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await db.RefreshSessions.Where(s => s.UserId == userId && s.RevokedAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.RevokedAt, now).SetProperty(s => s.RevokedReason, reason), ct);
    }

    private string Issue(Guid sessionId, DateTime now)
    {
        var raw = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        db.RefreshTokens.Add(new RefreshToken { SessionId = sessionId, TokenHash = HashOf(raw), CreatedAt = now });
        return raw;
    }

    private static string HashOf(string raw) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(raw)));
}
