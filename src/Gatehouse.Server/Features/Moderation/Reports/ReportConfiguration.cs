using Gatehouse.Server.Features.Moderation.Sanctions;
using Gatehouse.Server.Features.Users.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gatehouse.Server.Features.Moderation.Reports;

public sealed class ReportConfiguration : IEntityTypeConfiguration<Report>
{
    public void Configure(EntityTypeBuilder<Report> b)
    {
        b.ToTable("reports");
        b.HasKey(r => r.Id);
        b.Property(r => r.Category).HasMaxLength(32);
        b.Property(r => r.Severity).HasMaxLength(16);
        b.Property(r => r.Status).HasMaxLength(16);
        b.Property(r => r.Description).HasMaxLength(FileReport.MaxDescription);
        b.Property(r => r.Resolution).HasMaxLength(SanctionInput.MaxNote);
        b.Property(r => r.Version).IsConcurrencyToken();
        b.PrimitiveCollection(r => r.Evidence);
        b.Ignore(r => r.IsOpen);
        b.ReferencesMember(r => r.TargetId);
        b.HasMany(r => r.Notes).WithOne().HasForeignKey(n => n.ReportId).OnDelete(DeleteBehavior.Cascade);

        // The queue walks (status, due); duplicates and the rate limit look up by reporter.
        b.HasIndex(r => new { r.Status, r.DueAt, r.Id });
        // The queue's default view (every open report, soonest due first) reads this index in order;
        // without it both databases sort every open report on each request. The filter is written as
        // EF writes the query's condition, so SQLite can tell the index applies.
        b.HasIndex(r => new { r.DueAt, r.Id }).HasDatabaseName("IX_reports_open_DueAt_Id").HasFilter("\"Status\" IN ('open', 'assigned')");
        b.HasIndex(r => new { r.ReporterId, r.CreatedAt });
        b.HasIndex(r => new { r.AssigneeId, r.Status });
        b.HasIndex(r => r.TargetId);
    }
}

public sealed class ReportNoteConfiguration : IEntityTypeConfiguration<ReportNote>
{
    public void Configure(EntityTypeBuilder<ReportNote> b)
    {
        b.ToTable("report_notes");
        b.HasKey(n => n.Id);
        // Ids are made by the app (UUID v7): a note added through Report.Notes is then new, not an update.
        b.Property(n => n.Id).ValueGeneratedNever();
        b.Property(n => n.Text).HasMaxLength(SanctionInput.MaxNote);
    }
}
