using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gatehouse.Server.Features.Roles;

public sealed class RoleConfiguration : IEntityTypeConfiguration<Role>
{
    public void Configure(EntityTypeBuilder<Role> b)
    {
        b.ToTable("roles");
        b.HasKey(r => r.Id);
        b.Property(r => r.Name).HasMaxLength(64);
        b.Property(r => r.NameNormalized).HasMaxLength(64);
        b.HasIndex(r => r.NameNormalized).IsUnique();
        b.Property(r => r.Description).HasMaxLength(500);
        b.Property(r => r.Color).HasMaxLength(9);
        b.Property(r => r.Icon).HasMaxLength(256);
        b.Property(r => r.Version).IsConcurrencyToken();
        b.PrimitiveCollection(r => r.Allow);
        b.PrimitiveCollection(r => r.Deny);
        b.PrimitiveCollection(r => r.Inherits);
    }
}
