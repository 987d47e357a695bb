using System.Text.Json;
using Gatehouse.Server.Features.Users.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gatehouse.Server.Features.Auth.Sso;

public sealed class SsoProviderConfiguration : IEntityTypeConfiguration<SsoProvider>
{
    public void Configure(EntityTypeBuilder<SsoProvider> b)
    {
        b.ToTable("sso_providers");
        b.HasKey(p => p.Id);
        b.Property(p => p.Id).HasMaxLength(32);
        b.Property(p => p.DisplayName).HasMaxLength(64);
        b.Property(p => p.Issuer).HasMaxLength(512);
        b.Property(p => p.ClientId).HasMaxLength(256);
        b.Property(p => p.ClientSecretProtected).HasMaxLength(2048);
        b.Property(p => p.RolesClaim).HasMaxLength(64);
        b.PrimitiveCollection(p => p.Scopes);
        // A short list read and written whole: one JSON column on both providers.
        b.Property(p => p.RoleMappings).HasConversion(
                v => JsonSerializer.Serialize(v, JsonSerializerOptions.Default),
                v => JsonSerializer.Deserialize<List<SsoRoleMapping>>(v, JsonSerializerOptions.Default) ?? new List<SsoRoleMapping>())
            .Metadata.SetValueComparer(new ValueComparer<List<SsoRoleMapping>>(
                (a, c) => a!.SequenceEqual(c!), v => v.Aggregate(0, (h, m) => HashCode.Combine(h, m)), v => v.ToList()));
        b.Property(p => p.Version).IsConcurrencyToken();
    }
}

public sealed class SsoIdentityConfiguration : IEntityTypeConfiguration<SsoIdentity>
{
    public void Configure(EntityTypeBuilder<SsoIdentity> b)
    {
        b.ToTable("sso_identities");
        b.HasKey(i => i.Id);
        b.Property(i => i.ProviderId).HasMaxLength(32);
        b.Property(i => i.Subject).HasMaxLength(256);
        b.Property(i => i.Email).HasMaxLength(254);
        b.HasIndex(i => new { i.ProviderId, i.Subject }).IsUnique();
        b.HasIndex(i => i.UserId);
        b.ReferencesMember(i => i.UserId);
        b.HasOne<SsoProvider>().WithMany().HasForeignKey(i => i.ProviderId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>The single sign-on tables on the shared context.</summary>
public static class SsoTables
{
    extension(Infrastructure.Persistence.GatehouseDb db)
    {
        public DbSet<SsoProvider> SsoProviders => db.Set<SsoProvider>();
        public DbSet<SsoIdentity> SsoIdentities => db.Set<SsoIdentity>();
    }
}
