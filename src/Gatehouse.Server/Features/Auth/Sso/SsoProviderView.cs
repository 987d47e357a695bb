namespace Gatehouse.Server.Features.Auth.Sso;

/// <summary>A provider as administrators see it: everything but the client secret (only whether one is set).</summary>
public sealed record SsoProviderView(
    string Id, string DisplayName, string Issuer, string ClientId, bool HasClientSecret, IReadOnlyList<string> Scopes,
    bool AutoCreate, Guid? DefaultRoleId, string? RolesClaim, IReadOnlyList<SsoRoleMapping> RoleMappings, bool Enabled,
    DateTime CreatedAt, DateTime UpdatedAt, int Version)
{
    public static SsoProviderView Of(SsoProvider p) => new(p.Id, p.DisplayName, p.Issuer, p.ClientId, p.ClientSecretProtected is not null,
        p.Scopes, p.AutoCreate, p.DefaultRoleId, p.RolesClaim, p.RoleMappings, p.Enabled, p.CreatedAt, p.UpdatedAt, p.Version);

    /// <summary>What the audit log keeps of a change (no secret, only whether it changed).</summary>
    public object Audit() => new
    {
        display_name = DisplayName,
        issuer = Issuer,
        client_id = ClientId,
        scopes = Scopes,
        auto_create = AutoCreate,
        default_role_id = DefaultRoleId,
        roles_claim = RolesClaim,
        role_mappings = RoleMappings,
        enabled = Enabled
    };
}

/// <summary>A provider on the sign-in page: a button.</summary>
public sealed record SsoButton(string Id, string DisplayName);
