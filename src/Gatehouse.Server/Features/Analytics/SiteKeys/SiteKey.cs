using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gatehouse.Server.Features.Analytics.SiteKeys;

/// <summary>
/// A public key a site embeds in its pages so anonymous visitors' events reach
/// <c>POST /api/v1/analytics/events</c>, and nothing else: it is public by design (like a publishable
/// key), so it is stored as is and shown to admins; its power is limited to that one endpoint and to
/// <see cref="EventsPerMinute"/>. Rotating replaces it at once.
/// </summary>
public sealed class SiteKey
{
    public const string Prefix = "gh_site_";

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string Name { get; set; } = "";
    public string Key { get; set; } = "";
    /// <summary>Events this key may send per minute, all visitors together (429 past it).</summary>
    public int EventsPerMinute { get; set; }
    public Guid CreatedByUserId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? RotatedAt { get; set; }

    /// <summary><c>gh_site_</c> + 24 URL-safe characters (144 random bits): recognisable in logs and by secret scanners.</summary>
    public static string NewKey() => Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', '-').Replace('/', '_');
}

public sealed class SiteKeyConfiguration : IEntityTypeConfiguration<SiteKey>
{
    public void Configure(EntityTypeBuilder<SiteKey> e)
    {
        e.ToTable("analytics_site_keys");
        e.HasKey(x => x.Id);
        e.Property(x => x.Name).HasMaxLength(100);
        e.Property(x => x.Key).HasMaxLength(64);
        e.HasIndex(x => x.Key).IsUnique();
    }
}
