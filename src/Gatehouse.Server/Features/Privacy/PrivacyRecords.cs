using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gatehouse.Server.Features.Privacy;

/// <summary>One answer of a member to a consent request, kept as history: what they agreed to (text version) and when.</summary>
public sealed class ConsentRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid UserId { get; set; }
    public string Purpose { get; set; } = "";
    public bool Granted { get; set; }
    public int TextVersion { get; set; }
    public DateTime RecordedAt { get; set; }
    /// <summary>1, 2, 3… per member and purpose: the highest is the answer in force (two answers may share a timestamp).</summary>
    public int Number { get; set; }
}

/// <summary>A published version of the text a member is asked to consent to; versions are never edited.</summary>
public sealed class ConsentText
{
    public string Purpose { get; set; } = "";
    public int Version { get; set; }
    public string TextEn { get; set; } = "";
    public string TextFr { get; set; } = "";
    public DateTime PublishedAt { get; set; }
}

/// <summary>How long one category of data is kept before the server deletes it.</summary>
public sealed class RetentionSetting
{
    public string Category { get; set; } = "";
    public int Days { get; set; }
    public DateTime UpdatedAt { get; set; }
}

/// <summary>That a member was erased, when and at whose request; holds no personal data.</summary>
public sealed class ErasureRecord
{
    public Guid UserId { get; set; }
    public DateTime ErasedAt { get; set; }
    /// <summary><c>self</c>, <c>administrator</c> or <c>retention</c>.</summary>
    public string RequestedBy { get; set; } = "";
}

public sealed class PrivacyConfiguration :
    IEntityTypeConfiguration<ConsentRecord>, IEntityTypeConfiguration<ConsentText>,
    IEntityTypeConfiguration<RetentionSetting>, IEntityTypeConfiguration<ErasureRecord>
{
    public void Configure(EntityTypeBuilder<ConsentRecord> b)
    {
        b.ToTable("privacy_consents");
        b.HasKey(c => c.Id);
        b.Property(c => c.Purpose).HasMaxLength(32);
        b.HasIndex(c => new { c.UserId, c.Purpose, c.Number }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<ConsentText> b)
    {
        b.ToTable("privacy_consent_texts");
        b.HasKey(t => new { t.Purpose, t.Version });
        b.Property(t => t.Purpose).HasMaxLength(32);
        b.Property(t => t.TextEn).HasMaxLength(4000);
        b.Property(t => t.TextFr).HasMaxLength(4000);
    }

    public void Configure(EntityTypeBuilder<RetentionSetting> b)
    {
        b.ToTable("privacy_retention");
        b.HasKey(r => r.Category);
        b.Property(r => r.Category).HasMaxLength(64);
    }

    public void Configure(EntityTypeBuilder<ErasureRecord> b)
    {
        b.ToTable("privacy_erasures");
        b.HasKey(e => e.UserId);
        b.Property(e => e.UserId).ValueGeneratedNever();
        b.Property(e => e.RequestedBy).HasMaxLength(16);
    }
}
