using Gatehouse.Server.Features.Moderation.Contracts;
using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure.Errors;

namespace Gatehouse.Server.Features.SiteIntegration;

/// <summary>Why a site member may not connect, in the words sign-in uses for the same state.</summary>
public sealed record SiteRefusal(int Status, string Type, string Detail, DateTime? Until = null, string? Reason = null);

public static class SiteAdmission
{
    /// <summary>The audit result of a refused member (the audit log's "denied").</summary>
    public const string Denied = "denied";

    /// <summary>Null when the member may connect; else the refusal a banned or disabled member gets everywhere.</summary>
    public static async Task<SiteRefusal?> RefusalAsync(SiteMemberResult member, IMemberSanctions sanctions, CancellationToken ct) =>
        member.Standing switch
        {
            SiteMemberStanding.Disabled => new SiteRefusal(403, "account-disabled",
                Messages.Get("login.disabled", member.DisabledReason is { } r ? $" ({r})" : "")),
            SiteMemberStanding.Banned => await sanctions.ActiveBanAsync(member.UserId, ct) is { } ban
                ? new SiteRefusal(403, "account-banned", ban.Describe(), ban.Until, ban.Reason)
                : new SiteRefusal(403, "account-banned", Messages.Get("login.banned")),
            _ => null,
        };
}
