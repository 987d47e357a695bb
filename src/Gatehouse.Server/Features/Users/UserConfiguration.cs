using Gatehouse.Server.Features.Roles.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gatehouse.Server.Features.Users;

public sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> b)
    {
        b.ToTable("users");
        b.HasKey(u => u.Id);
        b.Property(u => u.Username).HasMaxLength(32);
        b.Property(u => u.UsernameNormalized).HasMaxLength(32);
        b.Property(u => u.DisplayName).HasMaxLength(64);
        b.Property(u => u.Email).HasMaxLength(254);
        b.Property(u => u.EmailNormalized).HasMaxLength(254);
        b.Property(u => u.SearchText).HasMaxLength(360);
        b.Property(u => u.AvatarUrl).HasMaxLength(2048);
        b.Property(u => u.ExternalSource).HasMaxLength(64);
        b.Property(u => u.ExternalId).HasMaxLength(128);
        b.Property(u => u.Status).HasMaxLength(16);
        b.Property(u => u.StatusMessage).HasMaxLength(128);
        b.Property(u => u.ActivityName).HasMaxLength(128);
        b.Property(u => u.DisabledReason).HasMaxLength(500);
        b.Property(u => u.JoinedViaInvite).HasMaxLength(32);
        b.Property(u => u.Version).IsConcurrencyToken();
        b.PrimitiveCollection(u => u.Tags);
        b.PrimitiveCollection(u => u.AllowOverrides);
        b.PrimitiveCollection(u => u.DenyOverrides);
        b.Ignore(u => u.ETag);

        // Uniqueness and the indexes the list filters and keyset sorts walk.
        b.HasIndex(u => u.UsernameNormalized).IsUnique();
        b.HasIndex(u => u.EmailNormalized).IsUnique();
        b.HasIndex(u => new { u.ExternalSource, u.ExternalId }).IsUnique();
        b.HasIndex(u => new { u.CreatedAt, u.UsernameNormalized });
        b.HasIndex(u => new { u.LastSeenAt, u.UsernameNormalized });
        b.HasIndex(u => u.IsBanned);
        b.HasIndex(u => u.Status);

        b.HasMany(u => u.Roles).WithOne().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class UserRoleConfiguration : IEntityTypeConfiguration<UserRole>
{
    public void Configure(EntityTypeBuilder<UserRole> b)
    {
        b.ToTable("user_roles");
        b.HasKey(r => new { r.UserId, r.RoleId });
        b.HasIndex(r => r.RoleId);
        b.ReferencesRole(r => r.RoleId);
    }
}
