using System.Security.Cryptography;
using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Infrastructure;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Audit;

/// <summary>
/// The HMAC key that signs audit hashes. It lives outside the database (configuration, or a file
/// in the data directory), so someone who can rewrite rows cannot also re-sign them.
/// </summary>
public sealed class AuditKey : IAuditSigningKey
{
    public byte[] Value { get; }

    /// <summary>Where the key came from, as a person would look for it: the setting's name or the file's path.</summary>
    public string Source { get; } = Setting;

    /// <summary>The setting that carries the key as base64 text; when absent the key lives in the data directory.</summary>
    public const string Setting = "Gatehouse:Audit:Key";

    /// <summary>True when the key came from <see cref="Setting"/>, false when it came from a file.</summary>
    public bool FromSetting => Source == Setting;

    /// <summary>True when no key existed and this start made one (a new data directory, or a lost <c>audit.key</c>).</summary>
    public bool MadeAtStart { get; }

    public AuditKey(byte[] value) => Value = value;

    public AuditKey(IOptions<GatehouseOptions> options, IConfiguration configuration)
    {
        var configured = configuration[Setting];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            Value = Convert.FromBase64String(configured);
            return;
        }

        var dir = Path.GetFullPath(options.Value.DataDirectory);
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, "audit.key");
        Source = path;
        if (!File.Exists(path))
        {
            MadeAtStart = true;
            var key = RandomNumberGenerator.GetBytes(32);
            File.WriteAllText(path, Convert.ToBase64String(key));
            if (!OperatingSystem.IsWindows())
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        Value = Convert.FromBase64String(File.ReadAllText(path).Trim());
    }
}
