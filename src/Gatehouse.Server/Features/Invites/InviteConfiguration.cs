using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gatehouse.Server.Features.Invites;

public sealed class InviteConfiguration : IEntityTypeConfiguration<Invite>
{
    public void Configure(EntityTypeBuilder<Invite> b)
    {
        b.ToTable("invites");
        b.HasKey(i => i.Id);
        b.Property(i => i.Code).HasMaxLength(32);
        b.HasIndex(i => i.Code).IsUnique();
        b.Property(i => i.Note).HasMaxLength(200);
        b.PrimitiveCollection(i => i.RoleIds);
        b.HasIndex(i => i.CreatedByUserId);
    }
}

public sealed class InviteUseConfiguration : IEntityTypeConfiguration<InviteUse>
{
    public void Configure(EntityTypeBuilder<InviteUse> b)
    {
        b.ToTable("invite_uses");
        b.HasKey(u => u.Id);
        b.Property(u => u.Kind).HasMaxLength(16);
        b.HasIndex(u => new { u.InviteId, u.UsedAt });
        b.HasOne<Invite>().WithMany().HasForeignKey(u => u.InviteId).OnDelete(DeleteBehavior.Cascade);
    }
}
