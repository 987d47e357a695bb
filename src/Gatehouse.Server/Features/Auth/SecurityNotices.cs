using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure.Http;
using Gatehouse.Server.Infrastructure.Mail;

namespace Gatehouse.Server.Features.Auth;

/// <summary>
/// E-mails a member when something guarding their account changes (password changed or reset, two-factor
/// sign-in on or off, recovery codes renewed, a single sign-on identity linked or unlinked), so a
/// takeover does not go unnoticed (ASVS V2.2.3). Called once the change is saved; the mail names the
/// change, the time, the address and browser it came from, and what to do if it was not the member.
/// Without SMTP nothing is sent and nothing fails. The text follows the language of the request that
/// made the change (the member's own browser for everything they do themselves).
/// </summary>
public sealed class SecurityNotices(AccountMail mail, IMemberSignIns members, IHttpContextAccessor http, TimeProvider time)
{
    /// <param name="change">password_changed, password_reset, temporary_password, two_factor_enabled, two_factor_disabled,
    /// two_factor_reset, recovery_codes_renewed, sso_linked or sso_unlinked.</param>
    /// <param name="detail">What the change text names, such as the provider's display name.</param>
    public async Task SendAsync(Guid userId, string change, string? detail = null)
    {
        if (!mail.IsConfigured) return;
        // The change is saved already: a client that hangs up now must not stop the member from hearing of it.
        var member = await members.FindAsync(userId, CancellationToken.None);
        if (member is null || member.DeletedAt is not null || string.IsNullOrEmpty(member.Email)) return;
        var context = http.HttpContext;
        await mail.NotifySecurityChangeAsync(member.Email, member.Username, change, detail, time.GetUtcNow().UtcDateTime,
            context is null ? null : ClientInfo.Ip(context), context is null ? null : ClientInfo.UserAgent(context));
    }
}
