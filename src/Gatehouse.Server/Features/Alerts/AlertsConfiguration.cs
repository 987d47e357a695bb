using Gatehouse.Server.Features.Alerts.Engine;
using Gatehouse.Server.Features.Alerts.Notifications;
using Gatehouse.Server.Features.Alerts.Rules;
using Gatehouse.Server.Features.Alerts.Silences;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gatehouse.Server.Features.Alerts;

public sealed class AlertRuleConfiguration : IEntityTypeConfiguration<AlertRule>
{
    public void Configure(EntityTypeBuilder<AlertRule> b)
    {
        b.ToTable("alert_rules");
        b.HasKey(r => r.Id);
        b.Property(r => r.Name).HasMaxLength(100);
        b.Property(r => r.Description).HasMaxLength(500);
        b.Property(r => r.Match).HasMaxLength(8);
        b.Property(r => r.State).HasMaxLength(16);
        b.Property(r => r.Version).IsConcurrencyToken();
        b.PrimitiveCollection(r => r.ChannelIds);
        b.Ignore(r => r.Conditions);
    }
}

public sealed class AlertTransitionConfiguration : IEntityTypeConfiguration<AlertTransition>
{
    public void Configure(EntityTypeBuilder<AlertTransition> b)
    {
        b.ToTable("alert_transitions");
        b.HasKey(t => t.Id);
        b.HasIndex(t => new { t.RuleId, t.At });
        b.Property(t => t.From).HasMaxLength(16);
        b.Property(t => t.To).HasMaxLength(16);
        b.HasOne<AlertRule>().WithMany().HasForeignKey(t => t.RuleId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class AlertSilenceConfiguration : IEntityTypeConfiguration<AlertSilence>
{
    public void Configure(EntityTypeBuilder<AlertSilence> b)
    {
        b.ToTable("alert_silences");
        b.HasKey(s => s.Id);
        b.HasIndex(s => s.EndsAt);
        b.Property(s => s.Reason).HasMaxLength(500);
        b.HasOne<AlertRule>().WithMany().HasForeignKey(s => s.RuleId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class AlertChannelConfiguration : IEntityTypeConfiguration<AlertChannel>
{
    public void Configure(EntityTypeBuilder<AlertChannel> b)
    {
        b.ToTable("alert_channels");
        b.HasKey(c => c.Id);
        b.Property(c => c.Name).HasMaxLength(100);
        b.Property(c => c.Kind).HasMaxLength(16);
        b.Property(c => c.Url).HasMaxLength(2048);
        b.PrimitiveCollection(c => c.Recipients);
    }
}

public sealed class AlertNotificationConfiguration : IEntityTypeConfiguration<AlertNotification>
{
    public void Configure(EntityTypeBuilder<AlertNotification> b)
    {
        b.ToTable("alert_notifications");
        b.HasKey(n => n.Id);
        b.HasIndex(n => new { n.Status, n.NextAttemptAt });
        b.Property(n => n.Kind).HasMaxLength(16);
        b.Property(n => n.Status).HasMaxLength(16);
        b.Property(n => n.Subject).HasMaxLength(300);
        b.Property(n => n.LastError).HasMaxLength(1000);
        b.HasOne<AlertChannel>().WithMany().HasForeignKey(n => n.ChannelId).OnDelete(DeleteBehavior.Cascade);
    }
}
