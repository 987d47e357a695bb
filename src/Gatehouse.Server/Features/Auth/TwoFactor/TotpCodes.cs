using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using OtpNet;

namespace Gatehouse.Server.Features.Auth.TwoFactor;

/// <summary>
/// TOTP (RFC 6238: SHA-1, 6 digits, 30 s, as every authenticator app expects) through Otp.NET, on
/// the app's <see cref="TimeProvider"/> so tests drive it with a fake clock. One step either side
/// is accepted for clock drift; a code whose step is not newer than the last accepted one is
/// refused, so a code seen over a shoulder cannot be replayed within its window.
/// </summary>
public sealed class TotpCodes(IDataProtectionProvider provider, TimeProvider time)
{
    public const string Issuer = "Gatehouse";
    public const int RecoveryCodeCount = 10;
    private readonly IDataProtector _protector = provider.CreateProtector("Gatehouse.TwoFactor.Secret.v1");

    public static string NewSecret() => Base32Encoding.ToString(KeyGeneration.GenerateRandomKey(20));

    public string Protect(string secret) => _protector.Protect(secret);

    public static string UriFor(string secret, string account) =>
        new OtpUri(OtpType.Totp, secret, account, Issuer).ToString();

    /// <summary>Checks a 6-digit code against the enrolment; on success moves its replay mark forward.</summary>
    public bool TryUseCode(TwoFactorEnrolment enrolment, string code)
    {
        var digits = code.Replace(" ", "", StringComparison.Ordinal);
        if (digits.Length != 6 || !digits.All(char.IsAsciiDigit)) return false;
        var totp = new Totp(Base32Encoding.ToBytes(_protector.Unprotect(enrolment.SecretProtected)));
        if (!totp.VerifyTotp(time.GetUtcNow().UtcDateTime, digits, out var step, VerificationWindow.RfcSpecifiedNetworkDelay)) return false;
        if (step <= enrolment.LastUsedStep) return false;
        enrolment.LastUsedStep = step;
        return true;
    }

    /// <summary>A code from the app or, failing that, one of the recovery codes (which is then spent).</summary>
    public bool TryUseCodeOrRecovery(TwoFactorEnrolment enrolment, string code)
    {
        if (TryUseCode(enrolment, code)) return true;
        var hash = HashOf(code);
        return enrolment.RecoveryCodeHashes.Remove(hash);
    }

    /// <summary>New recovery codes: the plain codes to show once, and their hashes to store.</summary>
    public static (List<string> Codes, List<string> Hashes) NewRecoveryCodes()
    {
        const string alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
        var codes = Enumerable.Range(0, RecoveryCodeCount)
            .Select(_ => RandomNumberGenerator.GetString(alphabet, 5) + "-" + RandomNumberGenerator.GetString(alphabet, 5) + "-" + RandomNumberGenerator.GetString(alphabet, 6))
            .ToList();
        return (codes, [.. codes.Select(HashOf)]);
    }

    private static string HashOf(string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(code.Trim().ToLowerInvariant())));
}
