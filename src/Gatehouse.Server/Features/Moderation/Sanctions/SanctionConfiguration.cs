using Gatehouse.Server.Features.Users.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gatehouse.Server.Features.Moderation.Sanctions;

public sealed class SanctionConfiguration : IEntityTypeConfiguration<Sanction>
{
    public void Configure(EntityTypeBuilder<Sanction> b)
    {
        b.ToTable("sanctions");
        b.HasKey(s => s.Id);
        b.Property(s => s.Kind).HasMaxLength(8);
        b.Property(s => s.Reason).HasMaxLength(SanctionInput.MaxReason);
        b.Property(s => s.Note).HasMaxLength(SanctionInput.MaxNote);
        b.Property(s => s.EndReason).HasMaxLength(16);
        b.Property(s => s.LiftReason).HasMaxLength(SanctionInput.MaxReason);
        b.Property(s => s.Version).IsConcurrencyToken();
        b.PrimitiveCollection(s => s.Evidence);
        b.ReferencesMember(s => s.UserId);

        // The log (newest first), a member's history, and the expirer's scan of what is due.
        b.HasIndex(s => new { s.CreatedAt, s.Id });
        b.HasIndex(s => new { s.UserId, s.CreatedAt });
        b.HasIndex(s => new { s.EndedAt, s.ExpiresAt });
        b.HasIndex(s => s.ReportId);
    }
}
