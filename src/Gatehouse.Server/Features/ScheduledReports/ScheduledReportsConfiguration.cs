using Gatehouse.Server.Features.ScheduledReports.Definitions;
using Gatehouse.Server.Features.ScheduledReports.Runs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gatehouse.Server.Features.ScheduledReports;

public sealed class ScheduledReportConfiguration : IEntityTypeConfiguration<ScheduledReport>
{
    public void Configure(EntityTypeBuilder<ScheduledReport> b)
    {
        b.ToTable("scheduled_reports");
        b.HasKey(r => r.Id);
        b.HasIndex(r => r.NextRunAt);
        b.Property(r => r.Name).HasMaxLength(100);
        b.Property(r => r.Kind).HasMaxLength(16);
        b.Property(r => r.Cron).HasMaxLength(100);
        b.Property(r => r.TimeZone).HasMaxLength(64);
        b.Property(r => r.Format).HasMaxLength(8);
        b.Property(r => r.Version).IsConcurrencyToken();
        b.Ignore(r => r.View);
        b.Ignore(r => r.Recipients);
    }
}

public sealed class ReportRunConfiguration : IEntityTypeConfiguration<ReportRun>
{
    public void Configure(EntityTypeBuilder<ReportRun> b)
    {
        b.ToTable("scheduled_report_runs");
        b.HasKey(r => r.Id);
        b.HasIndex(r => new { r.ReportId, r.StartedAt });
        b.HasIndex(r => r.FilesExpireAt);
        b.Property(r => r.Trigger).HasMaxLength(16);
        b.Property(r => r.Status).HasMaxLength(16);
        b.Property(r => r.Format).HasMaxLength(8);
        b.Property(r => r.Error).HasMaxLength(1000);
        b.PrimitiveCollection(r => r.Languages);
        b.HasOne<ScheduledReport>().WithMany().HasForeignKey(r => r.ReportId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ReportDeliveryConfiguration : IEntityTypeConfiguration<ReportDelivery>
{
    public void Configure(EntityTypeBuilder<ReportDelivery> b)
    {
        b.ToTable("scheduled_report_deliveries");
        b.HasKey(d => d.Id);
        b.HasIndex(d => new { d.Status, d.NextAttemptAt });
        b.HasIndex(d => d.RunId);
        b.Property(d => d.Kind).HasMaxLength(16);
        b.Property(d => d.Address).HasMaxLength(2048);
        b.Property(d => d.Language).HasMaxLength(8);
        b.Property(d => d.Status).HasMaxLength(16);
        b.Property(d => d.LastError).HasMaxLength(1000);
        b.HasOne<ReportRun>().WithMany().HasForeignKey(d => d.RunId).OnDelete(DeleteBehavior.Cascade);
    }
}
