using System.Text.Json;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gatehouse.Server.Infrastructure.Events;

/// <summary>A recorded event waiting in (or retained by) the outbox table; the row behind a <see cref="DomainEvent"/>.</summary>
public sealed class OutboxMessage
{
    /// <summary>Commit order, assigned under the commit lock by <see cref="OutboxSealer"/> (0 until sealed).</summary>
    public long Sequence { get; set; }
    public Guid Id { get; set; } = PooledIds.NewVersion7();
    public string Type { get; set; } = "";
    public string AggregateType { get; set; } = "";
    public string AggregateId { get; set; } = "";
    public long AggregateVersion { get; set; }
    public DateTime OccurredAt { get; set; }
    public Guid? ActorUserId { get; set; }
    public Guid? ActorApiKeyId { get; set; }
    public string? TraceParent { get; set; }
    /// <summary>JSON text: kept as written, the same bytes on both providers.</summary>
    public string Payload { get; set; } = "{}";

    /// <summary>Order of recording inside one unit of work; not stored.</summary>
    internal long LocalOrder { get; set; }

    public DomainEvent ToEvent()
    {
        using var payload = JsonDocument.Parse(Payload);
        return new DomainEvent(Id, Type, AggregateType, AggregateId, AggregateVersion,
            new DateTimeOffset(DateTime.SpecifyKind(OccurredAt, DateTimeKind.Utc)), ActorUserId, ActorApiKeyId, TraceParent,
            payload.RootElement.Clone())
        { Sequence = Sequence };
    }
}

public sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.ToTable("outbox_messages");
        // Keyed by id: rows are tracked before the sealer numbers them. The unique sequence also
        // refuses a second node numbering the same position.
        b.HasKey(m => m.Id);
        b.HasIndex(m => m.Sequence).IsUnique();
        b.HasIndex(m => m.OccurredAt);
        b.Property(m => m.Type).HasMaxLength(96);
        b.Property(m => m.AggregateType).HasMaxLength(64);
        b.Property(m => m.AggregateId).HasMaxLength(128);
        b.Property(m => m.TraceParent).HasMaxLength(128);
        b.Ignore(m => m.LocalOrder);
    }
}
