using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gatehouse.Server.Infrastructure.Http;

/// <summary>The remembered answer to a write sent with an <c>Idempotency-Key</c>.</summary>
public sealed class IdempotencyRecord
{
    /// <summary>Caller and key together: two callers may pick the same key.</summary>
    public string Id { get; set; } = "";
    public string RequestHash { get; set; } = "";
    public int StatusCode { get; set; }
    public string? ContentType { get; set; }
    public string? Location { get; set; }
    public string? ETag { get; set; }
    public byte[] Body { get; set; } = [];
    public DateTime CreatedAt { get; set; }
}

public sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> b)
    {
        b.ToTable("idempotency_records");
        b.HasKey(r => r.Id);
        b.Property(r => r.Id).HasMaxLength(300);
        b.HasIndex(r => r.CreatedAt);
    }
}
