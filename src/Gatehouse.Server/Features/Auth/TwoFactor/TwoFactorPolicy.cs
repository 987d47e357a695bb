using Gatehouse.Server.Infrastructure;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Auth.TwoFactor;

/// <summary>
/// Who must sign in with two factors: members holding any permission listed in
/// <c>Security:TwoFactorRequiredFor</c> (for example <c>administrator</c>, <c>roles.manage</c>,
/// <c>moderation.ban</c>), so the rule follows the roles that grant those permissions.
/// </summary>
public sealed class TwoFactorPolicy(IOptions<GatehouseOptions> options)
{
    public bool Requires(IEnumerable<string> grantedPermissions)
    {
        var required = options.Value.Security.TwoFactorRequiredFor;
        return required.Count > 0 && grantedPermissions.Any(required.Contains);
    }
}
