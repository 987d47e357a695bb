using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gatehouse.Server.Features.ApiKeys;

public sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> b)
    {
        b.ToTable("api_keys");
        b.HasKey(k => k.Id);
        b.Property(k => k.Name).HasMaxLength(100);
        b.Property(k => k.PublicId).HasMaxLength(32);
        b.HasIndex(k => k.PublicId).IsUnique();
        b.Property(k => k.SecretHash).HasMaxLength(64);
        b.Property(k => k.PreviousSecretHash).HasMaxLength(64);
        b.Property(k => k.LastUsedIp).HasMaxLength(64);
        b.PrimitiveCollection(k => k.Scopes);
        b.PrimitiveCollection(k => k.AllowedIps);
        b.HasIndex(k => k.CreatedByUserId);
    }
}
