using Gatehouse.Server.Features.Auth.Credentials;
using Gatehouse.Server.Features.Auth.Sso;
using Gatehouse.Server.Features.Auth.TwoFactor;
using Gatehouse.Server.Features.Privacy.Contracts;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Auth;

/// <summary>
/// Sign-ins as personal data: sessions (address, browser), linked single sign-on identities and the
/// two-factor enrolment, and the sign-in secrets. Erasure deletes them all, which also ends every access token at once.
/// Ended sessions are deleted after the <c>sessions</c> retention period.
/// </summary>
public sealed class AuthPersonalData(GatehouseDb db) : IPersonalDataSource, IRetentionRule
{
    public string Feature => "auth";

    public IReadOnlyList<ProcessingActivity> Processing { get; } =
    [
        new("Sign-in sessions", ["IP address", "browser user agent", "sign-in times"], "Keep accounts secure: sessions, sign-out everywhere, abuse detection",
            "Legitimate interest in security (art. 6(1)(f))", "Until the session ends, then the sessions retention setting", ["Administrators"]),
        new("Single sign-on and two-factor", ["provider subject and e-mail", "two-factor secret (encrypted)"], "Sign members in",
            "Contract (art. 6(1)(b))", "While the account exists", ["The configured identity provider"]),
    ];

    public async Task ExportAsync(DataSubject subject, IPersonalDataArchive archive, CancellationToken ct)
    {
        var id = subject.UserId;
        await archive.AddAsync("sessions", await db.RefreshSessions.AsNoTracking().Where(s => s.UserId == id).OrderBy(s => s.CreatedAt)
            .Select(s => new { s.Id, s.CreatedAt, s.LastUsedAt, s.ExpiresAt, s.RevokedAt, s.RevokedReason, s.Ip, s.UserAgent }).ToListAsync(ct), ct);
        await archive.AddAsync("sso_identities", await db.Set<SsoIdentity>().AsNoTracking().Where(i => i.UserId == id)
            .Select(i => new { i.ProviderId, i.Subject, i.Email, i.LinkedAt, i.LastSignInAt }).ToListAsync(ct), ct);
        await archive.AddAsync("two_factor", await db.Set<TwoFactorEnrolment>().AsNoTracking().Where(t => t.UserId == id)
            .Select(t => new { enrolled_at = t.CreatedAt, t.ConfirmedAt }).FirstOrDefaultAsync(ct), ct);
    }

    public async Task EraseAsync(DataSubject subject, CancellationToken ct)
    {
        var id = subject.UserId;
        var sessions = db.RefreshSessions.Where(s => s.UserId == id).Select(s => s.Id);
        await db.RefreshTokens.Where(t => sessions.Contains(t.SessionId)).ExecuteDeleteAsync(ct);
        await db.RefreshSessions.Where(s => s.UserId == id).ExecuteDeleteAsync(ct);
        await db.Set<SsoIdentity>().Where(i => i.UserId == id).ExecuteDeleteAsync(ct);
        await db.Set<TwoFactorEnrolment>().Where(t => t.UserId == id).ExecuteDeleteAsync(ct);
        // The password hash, reset token and pending e-mail go with the person.
        await db.Set<MemberCredential>().Where(c => c.UserId == id).ExecuteDeleteAsync(ct);
    }

    public string Category => "sessions";

    public TimeSpan DefaultPeriod => TimeSpan.FromDays(90);

    public Task<int> PruneAsync(DateTime cutoff, CancellationToken ct) => db.WriteAsync(async c =>
    {
        var ended = db.RefreshSessions.Where(s => (s.RevokedAt != null && s.RevokedAt < cutoff) || s.ExpiresAt < cutoff).Select(s => s.Id);
        await db.RefreshTokens.Where(t => ended.Contains(t.SessionId)).ExecuteDeleteAsync(c);
        return await db.RefreshSessions.Where(s => (s.RevokedAt != null && s.RevokedAt < cutoff) || s.ExpiresAt < cutoff).ExecuteDeleteAsync(c);
    }, ct);
}
