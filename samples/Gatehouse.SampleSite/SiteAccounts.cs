using Microsoft.AspNetCore.Identity;

namespace Gatehouse.SampleSite;

/// <summary>One of the site's own accounts (the site, not Gatehouse, knows the password).</summary>
public sealed record SiteUser(int Id, string Login, string DisplayName, string PasswordHash);

/// <summary>The site's accounts: a few seeded users, passwords hashed with ASP.NET Core Identity's hasher.</summary>
public sealed class SiteAccounts
{
    public const string SeedPassword = "Site-Passw0rd!";
    private static readonly PasswordHasher<SiteUser> Hasher = new();
    private readonly Dictionary<string, SiteUser> _byLogin = new(StringComparer.OrdinalIgnoreCase);

    public SiteAccounts(IEnumerable<(string Login, string DisplayName)> seed)
    {
        var id = 1000;
        foreach (var (login, name) in seed)
        {
            var user = new SiteUser(++id, login, name, "");
            _byLogin[login] = user with { PasswordHash = Hasher.HashPassword(user, SeedPassword) };
        }
    }

    public SiteUser? SignIn(string login, string password) =>
        _byLogin.TryGetValue(login, out var user)
        && Hasher.VerifyHashedPassword(user, user.PasswordHash, password) != PasswordVerificationResult.Failed
            ? user : null;

    public SiteUser? Find(string login) => _byLogin.GetValueOrDefault(login);
}
