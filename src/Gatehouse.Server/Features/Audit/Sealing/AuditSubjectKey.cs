using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gatehouse.Server.Features.Audit.Sealing;

/// <summary>
/// The key that seals the personal data of one member inside audit payloads. Erasure deletes the key
/// material and keeps the row as a tombstone, so later entries about the (now pseudonymised) member are
/// not sealed under a fresh key and readers can tell "erased" from "never sealed".
/// </summary>
public sealed class AuditSubjectKey
{
    public Guid SubjectId { get; set; }
    /// <summary>The member's AES-256 key, itself wrapped (AES-GCM) under a key derived from the server's audit key; null once erased.</summary>
    public byte[]? WrappedKey { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? ErasedAt { get; set; }
}

public sealed class AuditSubjectKeyConfiguration : IEntityTypeConfiguration<AuditSubjectKey>
{
    public void Configure(EntityTypeBuilder<AuditSubjectKey> b)
    {
        b.ToTable("audit_subject_keys");
        b.HasKey(k => k.SubjectId);
        b.Property(k => k.SubjectId).ValueGeneratedNever();
    }
}
