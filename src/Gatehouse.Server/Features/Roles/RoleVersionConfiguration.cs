using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gatehouse.Server.Features.Roles;

public sealed class RoleVersionConfiguration : IEntityTypeConfiguration<RoleVersion>
{
    public void Configure(EntityTypeBuilder<RoleVersion> b)
    {
        b.ToTable("role_versions");
        b.HasKey(v => v.Id);
        b.HasIndex(v => new { v.RoleId, v.Version }).IsUnique();
        b.Property(v => v.Change).HasMaxLength(32);
    }
}
