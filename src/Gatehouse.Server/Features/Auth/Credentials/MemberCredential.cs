using Gatehouse.Server.Features.Users.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gatehouse.Server.Features.Auth.Credentials;

/// <summary>
/// A member's sign-in secrets, kept by the Auth feature beside (not on) the member row: the password hash,
/// a temporary password's terms, the one outstanding reset token and a pending e-mail change. At most one
/// row per member; no row means none of these is set. Erasure deletes the row, a hard delete cascades.
/// </summary>
public sealed class MemberCredential
{
    public Guid UserId { get; set; }
    public string? PasswordHash { get; set; }
    /// <summary>Set with a temporary password: sign-in must choose a new one first.</summary>
    public bool PasswordMustChange { get; set; }
    /// <summary>When a temporary password stops working (null: the password does not expire).</summary>
    public DateTime? PasswordExpiresAt { get; set; }
    /// <summary>SHA-256 of the one outstanding password-reset (or first-password) token, if any.</summary>
    public string? PasswordResetHash { get; set; }
    public DateTime? PasswordResetExpiresAt { get; set; }
    /// <summary>A new e-mail waiting for its owner to confirm it through a link mailed there (the sign-in name changes only then).</summary>
    public string? PendingEmail { get; set; }
    /// <summary>SHA-256 of the token in the confirmation link sent to <see cref="PendingEmail"/>.</summary>
    public string? PendingEmailHash { get; set; }
    public DateTime? PendingEmailExpiresAt { get; set; }

    /// <summary>Whether a temporary password has expired (then sign-in fails like a wrong password).</summary>
    public bool PasswordExpired(DateTime now) => PasswordExpiresAt is { } until && until <= now;

    /// <summary>A password the member chose: no longer temporary, and any outstanding reset link stops working.</summary>
    public void SetChosenPassword(string hash)
    {
        PasswordHash = hash;
        PasswordMustChange = false;
        PasswordExpiresAt = null;
        PasswordResetHash = null;
        PasswordResetExpiresAt = null;
    }
}

public sealed class MemberCredentialConfiguration : IEntityTypeConfiguration<MemberCredential>
{
    public void Configure(EntityTypeBuilder<MemberCredential> b)
    {
        b.ToTable("member_credentials");
        b.HasKey(c => c.UserId);
        b.Property(c => c.UserId).ValueGeneratedNever();
        b.Property(c => c.PasswordHash).HasMaxLength(256);
        b.Property(c => c.PasswordResetHash).HasMaxLength(64);
        b.Property(c => c.PendingEmail).HasMaxLength(254);
        b.Property(c => c.PendingEmailHash).HasMaxLength(64);
        b.HasIndex(c => c.PasswordResetHash);
        b.HasIndex(c => c.PendingEmailHash);
        b.BelongsToOneMember(c => c.UserId);
    }
}
