using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Auth.TwoFactor;

/// <summary>Reads a member's enrolment and spends a code from it, once, even under concurrent requests.</summary>
public sealed class TwoFactorCheck(GatehouseDb db, TotpCodes codes)
{
    public Task<TwoFactorEnrolment?> EnabledAsync(Guid userId, CancellationToken ct) =>
        db.Set<TwoFactorEnrolment>().AsNoTracking().FirstOrDefaultAsync(t => t.UserId == userId && t.ConfirmedAt != null, ct);

    /// <summary>
    /// Spends an app code (or, when <paramref name="allowRecovery"/>, a recovery code) in its own
    /// transaction. False when the code is wrong, already used, or a concurrent request spent it first.
    /// </summary>
    public async Task<bool> SpendAsync(Guid userId, string? code, bool allowRecovery, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > 32) return false;
        try
        {
            return await db.WriteAsync(async c =>
            {
                var enrolment = await db.Set<TwoFactorEnrolment>().FirstOrDefaultAsync(t => t.UserId == userId && t.ConfirmedAt != null, c);
                if (enrolment is null) return false;
                var ok = allowRecovery ? codes.TryUseCodeOrRecovery(enrolment, code) : codes.TryUseCode(enrolment, code);
                if (ok) enrolment.Version++;
                return ok;
            }, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }
}
