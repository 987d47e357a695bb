using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gatehouse.Server.Features.Imports;

public sealed class MemberImportConfiguration : IEntityTypeConfiguration<MemberImport>
{
    public void Configure(EntityTypeBuilder<MemberImport> b)
    {
        b.ToTable("member_imports");
        b.HasKey(i => i.Id);
        b.Property(i => i.FileName).HasMaxLength(255);
        b.Property(i => i.Format).HasMaxLength(8);
        b.Property(i => i.Delimiter).HasMaxLength(4);
        b.Property(i => i.Policy).HasMaxLength(8);
        b.Property(i => i.ExternalSource).HasMaxLength(64);
        b.Property(i => i.Status).HasMaxLength(16);
        b.HasIndex(i => i.CreatedAt);
    }
}
