using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gatehouse.Server.Features.Audit;

public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("audit_entries");
        b.HasKey(e => e.Id);
        b.HasIndex(e => e.Seq).IsUnique();
        b.HasIndex(e => new { e.ActorUserId, e.Seq });
        b.HasIndex(e => new { e.TargetType, e.TargetId, e.Seq });
        b.HasIndex(e => new { e.Action, e.Seq });
        b.HasIndex(e => e.Timestamp);
        b.Property(e => e.TargetType).HasMaxLength(64);
        b.Property(e => e.TargetId).HasMaxLength(128);
        b.Property(e => e.Action).HasMaxLength(96);
        b.Property(e => e.Result).HasMaxLength(16);
        b.Property(e => e.Ip).HasMaxLength(64);
        b.Property(e => e.UserAgent).HasMaxLength(512);
        b.Property(e => e.RequestId).HasMaxLength(128);
        b.Property(e => e.TraceId).HasMaxLength(64);
        b.Property(e => e.PrevHash).HasMaxLength(64);
        b.Property(e => e.Hash).HasMaxLength(64);
        b.Property(e => e.Signature).HasMaxLength(64);
        b.Ignore(e => e.LocalOrder);
        b.Ignore(e => e.Subject);
    }
}
