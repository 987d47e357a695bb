using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gatehouse.Server.Features.Analytics.Storage;

public sealed class RawEventConfiguration : IEntityTypeConfiguration<RawEvent>
{
    public void Configure(EntityTypeBuilder<RawEvent> e)
    {
        e.ToTable("analytics_events");
        e.HasKey(x => x.Id);
        e.Property(x => x.Id).ValueGeneratedNever();
        e.Property(x => x.Type).HasMaxLength(64);
        e.Property(x => x.Source).HasMaxLength(8);
        e.Property(x => x.SessionId).HasMaxLength(64);
        e.Property(x => x.Role).HasMaxLength(64);
        e.Property(x => x.Region).HasMaxLength(16);
        e.Property(x => x.Device).HasMaxLength(16);
        e.Property(x => x.Version).HasMaxLength(32);
        e.Property(x => x.Route).HasMaxLength(256);
        e.Property(x => x.Ip).HasMaxLength(64);
        e.HasIndex(x => x.ReceivedAt); // retention and export walk by receive time
        e.HasIndex(x => new { x.Type, x.ReceivedAt });
    }
}

public sealed class RollupConfiguration : IEntityTypeConfiguration<Rollup>
{
    public void Configure(EntityTypeBuilder<Rollup> e)
    {
        e.ToTable("analytics_rollups");
        e.HasKey(x => x.Id);
        e.Property(x => x.Metric).HasMaxLength(32);
        e.Property(x => x.Dimension).HasMaxLength(16);
        e.Property(x => x.Value).HasMaxLength(256);
        // A series reads one metric and segment over a time range at one resolution: one index seek.
        e.HasIndex(x => new { x.Metric, x.Dimension, x.Value, x.ResolutionSeconds, x.Bucket }).IsUnique();
        e.HasIndex(x => new { x.ResolutionSeconds, x.Bucket });
    }
}

public sealed class AnalyticsConsentConfiguration : IEntityTypeConfiguration<AnalyticsConsent>
{
    public void Configure(EntityTypeBuilder<AnalyticsConsent> e)
    {
        e.ToTable("analytics_consents");
        e.HasKey(x => x.UserId);
    }
}
