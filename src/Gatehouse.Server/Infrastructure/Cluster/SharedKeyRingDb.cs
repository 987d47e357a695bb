using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gatehouse.Server.Infrastructure.Cluster;

/// <summary>
/// The data-protection key ring's own context in cluster mode. The key store saves with the
/// synchronous <c>SaveChanges</c>, which <c>GatehouseDb</c> refuses (its writes go through the write
/// gate and the audit sealer), so the ring gets this small context on the same database. The table
/// itself belongs to <c>GatehouseDb</c>'s model (see <see cref="DataProtectionKeyConfiguration"/>),
/// so its migrations create it; this context never migrates.
/// </summary>
public sealed class SharedKeyRingDb(DbContextOptions<SharedKeyRingDb> options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfiguration(new DataProtectionKeyConfiguration());
}

/// <summary>The key ring table, part of GatehouseDb's model (migrated with it) and of <see cref="SharedKeyRingDb"/>.</summary>
public sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<DataProtectionKey> builder) => builder.ToTable("DataProtectionKeys");
}
