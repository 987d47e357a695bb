namespace Gatehouse.Server.Features.Auth.TwoFactor;

/// <summary>
/// A member's authenticator-app (TOTP) enrolment. The shared secret is stored encrypted with the
/// data-protection keys; recovery codes are stored as SHA-256 hashes (they are 80-bit random, so a
/// fast hash is enough) and each works once.
/// </summary>
public sealed class TwoFactorEnrolment
{
    public Guid UserId { get; set; }
    /// <summary>The base32 secret, protected with ASP.NET Core Data Protection.</summary>
    public string SecretProtected { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    /// <summary>Null while the member has not yet typed a first code: sign-in does not ask for codes until then.</summary>
    public DateTime? ConfirmedAt { get; set; }
    /// <summary>The 30-second step of the last code accepted: that code and older ones are refused (no replay).</summary>
    public long LastUsedStep { get; set; }
    public List<string> RecoveryCodeHashes { get; set; } = [];
    /// <summary>Bumped on every use: of two requests spending the same code at once, only one commits.</summary>
    public int Version { get; set; }
}
