using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Audit.Sealing;

/// <summary>Finds, creates and erases members' audit keys on a given unit of work.</summary>
public sealed class SubjectKeys(PayloadCipher cipher, TimeProvider time)
{
    /// <summary>
    /// The usable key of each subject, creating keys that do not exist yet (in the caller's
    /// transaction). Erased subjects map to null: nothing about them is sealed any more.
    /// </summary>
    public async Task<Dictionary<Guid, byte[]?>> ForWritingAsync(GatehouseDb db, IReadOnlyCollection<Guid> subjects, CancellationToken ct)
    {
        var rows = await db.Set<AuditSubjectKey>().Where(k => subjects.Contains(k.SubjectId)).ToDictionaryAsync(k => k.SubjectId, ct);
        var keys = new Dictionary<Guid, byte[]?>();
        var missing = subjects.Count(s => !rows.ContainsKey(s));
        // New keys and their wrapping nonces drawn in one call, wrapped under one cipher instance: an import creates a key per member.
        var random = missing == 0 ? null : new RandomPool(missing * (PayloadCipher.KeySize + PayloadCipher.NonceSize));
        using var wrapping = missing == 0 ? null : cipher.BeginWrapping();
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var subject in subjects)
        {
            if (rows.TryGetValue(subject, out var row))
            {
                keys[subject] = row.WrappedKey is null ? null : cipher.Unwrap(subject, row.WrappedKey);
                continue;
            }
            var key = random!.Take(PayloadCipher.KeySize).ToArray();
            db.Insert(new AuditSubjectKey { SubjectId = subject, WrappedKey = wrapping!.Wrap(subject, key, random.Take(PayloadCipher.NonceSize)), CreatedAt = now });
            keys[subject] = key;
        }
        return keys;
    }

    /// <summary>Keys for reading: erased or unknown subjects are absent.</summary>
    public async Task<Dictionary<Guid, byte[]>> ForReadingAsync(GatehouseDb db, IReadOnlyCollection<Guid> subjects, CancellationToken ct)
    {
        var rows = await db.Set<AuditSubjectKey>().AsNoTracking()
            .Where(k => subjects.Contains(k.SubjectId) && k.WrappedKey != null).ToListAsync(ct);
        return rows.ToDictionary(k => k.SubjectId, k => cipher.Unwrap(k.SubjectId, k.WrappedKey!));
    }

    public async Task<Dictionary<Guid, byte[]>> AllForReadingAsync(GatehouseDb db, CancellationToken ct)
    {
        var rows = await db.Set<AuditSubjectKey>().AsNoTracking().Where(k => k.WrappedKey != null).ToListAsync(ct);
        return rows.ToDictionary(k => k.SubjectId, k => cipher.Unwrap(k.SubjectId, k.WrappedKey!));
    }

    /// <summary>Crypto-shreds a member: the key material goes, a tombstone stays. Returns false when already erased.</summary>
    public async Task<bool> EraseAsync(GatehouseDb db, Guid subject, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var row = await db.Set<AuditSubjectKey>().FirstOrDefaultAsync(k => k.SubjectId == subject, ct);
        if (row is null) db.Add(new AuditSubjectKey { SubjectId = subject, CreatedAt = now, ErasedAt = now });
        else if (row.WrappedKey is null) return false;
        else
        {
            row.WrappedKey = null;
            row.ErasedAt = now;
        }
        // Saved now, inside the caller's transaction: the sealer reads tombstones from the database.
        await db.SaveChangesAsync(ct);
        return true;
    }
}
