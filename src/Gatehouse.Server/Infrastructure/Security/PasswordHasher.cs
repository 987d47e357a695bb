using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Konscious.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Infrastructure.Security;

/// <summary>
/// Argon2id in the PHC string format (<c>$argon2id$v=19$m=..,t=..,p=..$salt$hash</c>), so stored
/// hashes keep their own cost and the cost can be raised without invalidating old ones.
/// </summary>
public sealed class PasswordHasher(IOptions<GatehouseOptions> options)
{
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    /// <summary>Verified when an e-mail is unknown, so both answers take the same time.</summary>
    private readonly Lazy<string> _dummy = new(() => Hash(options.Value.Security, "not-a-real-password-" + Guid.NewGuid()));

    public string Hash(string password) => Hash(options.Value.Security, password);

    public void BurnTime(string password) => Verify(password, _dummy.Value);

    public bool Verify(string password, string stored)
    {
        var parts = stored.Split('$');
        if (parts.Length != 6 || parts[1] != "argon2id") return false;
        var costs = parts[3].Split(',').Select(p => p.Split('=')).ToDictionary(p => p[0], p => int.Parse(p[1], CultureInfo.InvariantCulture));
        var salt = Convert.FromBase64String(parts[4]);
        var expected = Convert.FromBase64String(parts[5]);
        var actual = Derive(password, salt, costs["m"], costs["t"], costs["p"], expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    private static string Hash(SecurityOptions s, string password)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Derive(password, salt, s.Argon2MemoryKb, s.Argon2Iterations, 1, HashBytes);
        return $"$argon2id$v=19$m={s.Argon2MemoryKb},t={s.Argon2Iterations},p=1${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}";
    }

    private static byte[] Derive(string password, byte[] salt, int memoryKb, int iterations, int parallelism, int length)
    {
        using var argon = new Argon2id(Encoding.UTF8.GetBytes(password))
        {
            Salt = salt,
            MemorySize = memoryKb,
            Iterations = iterations,
            DegreeOfParallelism = parallelism,
        };
        return argon.GetBytes(length);
    }
}
