using Gatehouse.Server.Features.Groups.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gatehouse.Server.Features.Groups;

public sealed class GroupRuleConfiguration : IEntityTypeConfiguration<GroupRule>
{
    public void Configure(EntityTypeBuilder<GroupRule> b)
    {
        b.ToTable("group_rules");
        b.HasKey(r => r.Id);
        b.Property(r => r.Name).HasMaxLength(100);
        b.Property(r => r.Description).HasMaxLength(500);
        b.Property(r => r.Action).HasMaxLength(8);
        b.Property(r => r.Tag).HasMaxLength(32);
        b.Property(r => r.BlockedReason).HasMaxLength(500);
        b.Property(r => r.Version).IsConcurrencyToken();
        b.Ignore(r => r.Condition);
    }
}

public sealed class GroupRuleMemberConfiguration : IEntityTypeConfiguration<GroupRuleMember>
{
    public void Configure(EntityTypeBuilder<GroupRuleMember> b)
    {
        b.ToTable("group_rule_members");
        b.HasKey(m => new { m.RuleId, m.UserId });
        b.HasOne<GroupRule>().WithMany().HasForeignKey(m => m.RuleId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class GroupRuleChangeConfiguration : IEntityTypeConfiguration<GroupRuleChange>
{
    public void Configure(EntityTypeBuilder<GroupRuleChange> b)
    {
        b.ToTable("group_rule_changes");
        b.HasKey(c => c.Id);
        b.HasIndex(c => new { c.RuleId, c.Id });
        b.Property(c => c.Username).HasMaxLength(64);
        b.Property(c => c.Change).HasMaxLength(8);
        b.Property(c => c.Trigger).HasMaxLength(16);
        b.HasOne<GroupRule>().WithMany().HasForeignKey(c => c.RuleId).OnDelete(DeleteBehavior.Cascade);
    }
}
