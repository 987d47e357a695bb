namespace Gatehouse.Server.Features.Auth.Sso;

/// <summary>
/// An OpenID Connect provider members may sign in with (authorization code + PKCE). Its client
/// secret is stored encrypted with the data-protection keys, like TOTP secrets, and never answered.
/// </summary>
public sealed class SsoProvider
{
    /// <summary>Short lower-case name used in URLs (<c>/api/v1/auth/sso/{id}/start</c>).</summary>
    public string Id { get; set; } = "";
    public string DisplayName { get; set; } = "";
    /// <summary>The issuer (authority); its discovery document is read from <c>{issuer}/.well-known/openid-configuration</c>.</summary>
    public string Issuer { get; set; } = "";
    public string ClientId { get; set; } = "";
    /// <summary>The client secret, protected with ASP.NET Core Data Protection; null for a public client (PKCE only).</summary>
    public string? ClientSecretProtected { get; set; }
    /// <summary>Scopes asked for besides <c>openid</c>.</summary>
    public List<string> Scopes { get; set; } = [];
    /// <summary>Create a member on a first sign-in whose verified e-mail matches no account.</summary>
    public bool AutoCreate { get; set; }
    /// <summary>The role an automatically created member gets (the default new-member role when null).</summary>
    public Guid? DefaultRoleId { get; set; }
    /// <summary>The claim holding the member's groups or roles at the provider (e.g. <c>groups</c>); null: no mapping.</summary>
    public string? RolesClaim { get; set; }
    /// <summary>Provider group → Gatehouse role. Mapped roles follow the claim at every sign-in.</summary>
    public List<SsoRoleMapping> RoleMappings { get; set; } = [];
    public bool Enabled { get; set; } = true;
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public int Version { get; set; } = 1;

    /// <summary>The authentication scheme of this provider's OpenID Connect handler.</summary>
    public string Scheme => SchemeOf(Id);

    public static string SchemeOf(string id) => "sso-" + id;
}

public sealed record SsoRoleMapping(string Group, Guid RoleId);

/// <summary>A member's account at a provider, linked to their Gatehouse account (by verified e-mail or at creation).</summary>
public sealed class SsoIdentity
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid UserId { get; set; }
    public string ProviderId { get; set; } = "";
    /// <summary>The provider's stable subject (<c>sub</c>) for the member; with the provider, unique.</summary>
    public string Subject { get; set; } = "";
    /// <summary>The verified e-mail the provider gave when the link was made.</summary>
    public string Email { get; set; } = "";
    public DateTime LinkedAt { get; set; }
    public DateTime? LastSignInAt { get; set; }
}
