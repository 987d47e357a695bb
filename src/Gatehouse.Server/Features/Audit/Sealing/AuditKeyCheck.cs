using System.Security.Cryptography;
using Gatehouse.Server.Infrastructure.Modules;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Audit.Sealing;

/// <summary>
/// Start-up: the audit key must be the one this database was written with. With another key (a lost
/// <c>audit.key</c> replaced by a new one, or a database restored without its key) no member key unwraps, so every
/// sealed payload is unreadable and every sign-in fails when it seals its audit entry. Refusing to start says so once,
/// with what to do, instead of a 500 on each sign-in. Tampering cannot pass for this: a row someone edited fails
/// alone, while the wrong key fails every row, so the check only refuses when none of the newest keys opens.
/// </summary>
public sealed class AuditKeyCheck(AuditKey key, PayloadCipher cipher, ILogger<AuditKeyCheck> logger)
{
    /// <summary>How many of the newest member keys are tried: enough that a few damaged rows never look like a wrong key.</summary>
    internal const int Sample = 16;

    public async Task EnsureMatchesAsync(GatehouseDb db, CancellationToken ct)
    {
        var newest = await db.Set<AuditSubjectKey>().AsNoTracking().Where(k => k.WrappedKey != null)
            .OrderByDescending(k => k.CreatedAt).Take(Sample).ToListAsync(ct);
        if (newest.Count == 0) return; // nothing sealed yet: any key is this database's key
        var failed = newest.Count(k => !Opens(k));
        if (failed == newest.Count) throw new StartupRefusedException(Refusal(newest.Count));
        if (failed > 0)
            logger.LogError("{Failed} of the {Count} newest member audit keys do not open with the audit key: those rows were altered; audit payloads sealed under them cannot be read",
                failed, newest.Count);
    }

    private bool Opens(AuditSubjectKey row)
    {
        try
        {
            cipher.Unwrap(row.SubjectId, row.WrappedKey!);
            return true;
        }
        catch (Exception e) when (e is CryptographicException or ArgumentException) // a wrong tag, or a row cut short
        {
            return false;
        }
    }

    private string Refusal(int tried)
    {
        var why = key.MadeAtStart
            ? $"There was no audit key at {key.Source}, so this start made a new one, but the database was written with another."
            : $"The audit key from {key.Source} is not the one this database was written with: none of the {tried} newest member keys opens with it.";
        return why + " Gatehouse will not start with it: sealed audit payloads could not be read and every sign-in would fail." +
            $" Put back the audit key this database belongs with: copy audit.key from the backup the database came from to {KeyPlace()}" +
            " (restoring a backup with the restore command brings both back together), then start again.";
    }

    private string KeyPlace() => key.FromSetting ? $"the setting {AuditKey.Setting} (its base64 text)" : key.Source;
}
