namespace Gatehouse.Server.Infrastructure.Security;

/// <summary>
/// Minimum strength: 10+ characters mixing three character classes, or a 16+ character passphrase;
/// never containing the username or the e-mail's local part.
/// </summary>
public static class PasswordPolicy
{
    public const int MaxLength = 128;

    public static bool IsStrongEnough(string password, string? username, string? email)
    {
        if (password.Length is < 10 or > MaxLength) return false;
        var classes = new[] { password.Any(char.IsLower), password.Any(char.IsUpper), password.Any(char.IsDigit), password.Any(c => !char.IsLetterOrDigit(c)) }.Count(x => x);
        if (classes < 3 && password.Length < 16) return false;
        if (password.Distinct().Count() < 5) return false;
        foreach (var personal in new[] { username, email?.Split('@')[0] })
            if (personal is { Length: >= 3 } && password.Contains(personal, StringComparison.OrdinalIgnoreCase)) return false;
        return true;
    }
}
