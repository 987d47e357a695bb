using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gatehouse.Server.Features.Webhooks;

public sealed class WebhookConfiguration : IEntityTypeConfiguration<Webhook>
{
    public void Configure(EntityTypeBuilder<Webhook> b)
    {
        b.ToTable("webhooks");
        b.HasKey(w => w.Id);
        b.Property(w => w.Url).HasMaxLength(2048);
        b.Property(w => w.Description).HasMaxLength(500);
        b.Property(w => w.DisabledReason).HasMaxLength(500);
        b.Property(w => w.Version).IsConcurrencyToken();
        b.PrimitiveCollection(w => w.EventTypes);
        b.PrimitiveCollection(w => w.FilterRoleIds);
    }
}

public sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> b)
    {
        b.ToTable("webhook_deliveries");
        b.HasKey(d => d.Id);
        b.HasIndex(d => new { d.WebhookId, d.EventId }).IsUnique();
        b.HasIndex(d => new { d.WebhookId, d.Status, d.Sequence });
        b.HasIndex(d => new { d.WebhookId, d.CreatedAt });
        b.Property(d => d.EventType).HasMaxLength(96);
        b.Property(d => d.CoalesceKey).HasMaxLength(128);
        b.Property(d => d.Status).HasMaxLength(16);
        b.Property(d => d.Error).HasMaxLength(1000);
        b.Property(d => d.TraceParent).HasMaxLength(128);
        b.HasOne<Webhook>().WithMany().HasForeignKey(d => d.WebhookId).OnDelete(DeleteBehavior.Cascade);
    }
}
