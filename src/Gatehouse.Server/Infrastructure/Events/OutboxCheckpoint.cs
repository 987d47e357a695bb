using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gatehouse.Server.Infrastructure.Events;

/// <summary>How far one subscriber has got: the last sequence it handled. One row per subscriber name.</summary>
public sealed class OutboxCheckpoint
{
    public string Subscriber { get; set; } = "";
    public long Position { get; set; }
    public DateTime UpdatedAt { get; set; }
}

public sealed class OutboxCheckpointConfiguration : IEntityTypeConfiguration<OutboxCheckpoint>
{
    public void Configure(EntityTypeBuilder<OutboxCheckpoint> b)
    {
        b.ToTable("outbox_checkpoints");
        b.HasKey(c => c.Subscriber);
        b.Property(c => c.Subscriber).HasMaxLength(128);
    }
}
