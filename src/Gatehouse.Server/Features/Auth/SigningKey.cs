namespace Gatehouse.Server.Features.Auth;

/// <summary>An ES256 key that signs access tokens; published in the JWKS while tokens it signed may live.</summary>
public sealed class SigningKey
{
    public string Kid { get; set; } = "";
    public byte[] PrivateKey { get; set; } = [];
    public DateTime CreatedAt { get; set; }
    /// <summary>After this, the key no longer signs; it stays published until <see cref="ExpiresAt"/>.</summary>
    public DateTime RetiresAt { get; set; }
    public DateTime ExpiresAt { get; set; }
}
