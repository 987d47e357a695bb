using Gatehouse.Server.Features.Users.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gatehouse.Server.Features.Auth.TwoFactor;

public sealed class TwoFactorConfiguration : IEntityTypeConfiguration<TwoFactorEnrolment>
{
    public void Configure(EntityTypeBuilder<TwoFactorEnrolment> b)
    {
        b.ToTable("two_factor");
        b.HasKey(t => t.UserId);
        b.Property(t => t.SecretProtected).HasMaxLength(1024);
        b.PrimitiveCollection(t => t.RecoveryCodeHashes);
        b.Property(t => t.Version).IsConcurrencyToken();
        b.BelongsToOneMember(t => t.UserId);
    }
}
