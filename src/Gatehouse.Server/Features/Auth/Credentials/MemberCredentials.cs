using Gatehouse.Server.Features.Auth.Contracts;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Auth.Credentials;

/// <summary>The member credentials table: Auth's use cases read and write it here, other features through <see cref="IMemberCredentials"/>.</summary>
public sealed class MemberCredentials(GatehouseDb db, PasswordHasher hasher) : IMemberCredentials
{
    /// <summary>The member's secrets, read without tracking; null when none was ever set.</summary>
    public Task<MemberCredential?> FindAsync(Guid userId, CancellationToken ct) =>
        db.Set<MemberCredential>().AsNoTracking().FirstOrDefaultAsync(c => c.UserId == userId, ct);

    /// <summary>The member's row, tracked for a change in the caller's transaction; added (empty) when the member has none yet.</summary>
    public async Task<MemberCredential> ForWriteAsync(Guid userId, CancellationToken ct)
    {
        if (db.FindLocal<MemberCredential, Guid>(userId) is { } tracked) return tracked;
        var row = await db.Set<MemberCredential>().FirstOrDefaultAsync(c => c.UserId == userId, ct);
        if (row is null) db.Set<MemberCredential>().Add(row = new MemberCredential { UserId = userId });
        return row;
    }

    public void AddPassword(Guid userId, string passwordHash) => New(userId).PasswordHash = passwordHash;

    public void AddPasswordSetup(Guid userId, string tokenHash, DateTime expiresAt)
    {
        var row = New(userId);
        row.PasswordResetHash = tokenHash;
        row.PasswordResetExpiresAt = expiresAt;
    }

    public Task<bool> HasPasswordAsync(Guid userId, CancellationToken ct) =>
        db.Set<MemberCredential>().AnyAsync(c => c.UserId == userId && c.PasswordHash != null, ct);

    public async Task<bool> PasswordMatchesAsync(Guid userId, string password, CancellationToken ct) =>
        await db.Set<MemberCredential>().AsNoTracking().Where(c => c.UserId == userId).Select(c => c.PasswordHash).FirstOrDefaultAsync(ct) is { } hash
        && hasher.Verify(password, hash);

    /// <summary>The row of a member not saved yet (one row however many secrets they start with).</summary>
    private MemberCredential New(Guid userId)
    {
        if (db.FindLocal<MemberCredential, Guid>(userId) is { } tracked) return tracked;
        var row = new MemberCredential { UserId = userId };
        db.Insert(row);
        return row;
    }
}
