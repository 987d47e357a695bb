using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gatehouse.Tests.Infrastructure;

/// <summary>
/// Secrets at rest (issue 16): the data-protection key ring that encrypts TOTP, webhook and OIDC client
/// secrets is itself encrypted with the configured certificate; without one, the server warns at start.
/// </summary>
public abstract class KeyProtectionTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp, IKeyProtectionApp
{
    private async Task<string> KeyRingAfterASecretIsStoredAsync()
    {
        // Enrolling an authenticator app stores its secret, encrypted: the key ring exists from then on.
        var (member, _, _) = await app.MemberAsync();
        await (await member.PostAsync("/api/v1/me/2fa/enrolment", null)).ShouldBeAsync(HttpStatusCode.OK);
        return string.Concat(Directory.GetFiles(Path.Combine(app.DataDirectory, "keys"), "*.xml").Select(File.ReadAllText));
    }

    [Fact]
    public async Task The_key_ring_is_encrypted_with_the_certificate_when_one_is_given_and_the_server_warns_when_not()
    {
        var ring = await KeyRingAfterASecretIsStoredAsync();
        Assert.NotEmpty(ring);
        if (app.Certificate is not null)
        {
            Assert.Contains("EncryptedXmlDecryptor", ring, StringComparison.Ordinal);
            Assert.DoesNotContain("unencrypted form", ring, StringComparison.Ordinal);
            Assert.DoesNotContain(app.Warnings, w => w.Contains("DataProtectionCertificate", StringComparison.Ordinal));
        }
        else
        {
            Assert.Contains("unencrypted form", ring, StringComparison.Ordinal);
            Assert.Contains(app.Warnings, w => w.Contains("DataProtectionCertificate", StringComparison.Ordinal));
        }
    }
}

public interface IKeyProtectionApp
{
    /// <summary>The PFX the key ring is protected with; null for none.</summary>
    string? Certificate { get; }
    /// <summary>Warnings the server logged.</summary>
    IReadOnlyCollection<string> Warnings { get; }
}

/// <summary>Collects the server's warnings, so a test can see what an operator would.</summary>
public sealed class WarningRecorder : ILoggerProvider
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Recorder(Lines);

    public void Dispose() { }

    private sealed class Recorder(ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel)) lines.Enqueue(formatter(state, exception));
        }
    }
}

internal static class KeyProtectionSetup
{
    /// <summary>A self-signed certificate with its private key, written as a PFX with a password.</summary>
    public static string NewCertificate()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=Gatehouse key ring (tests)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var path = Path.Combine(Path.GetTempPath(), "gatehouse-tests", $"keyring-{Guid.NewGuid():N}.pfx");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, Password));
        return path;
    }

    public const string Password = "pfx-password-for-tests";

    public static Dictionary<string, string?> Settings(string? certificate) => certificate is null ? [] : new()
    {
        ["Gatehouse:Security:DataProtectionCertificate"] = certificate,
        ["Gatehouse:Security:DataProtectionCertificatePassword"] = Password,
    };
}

public class KeyRingSqliteApp(string? certificate) : SqliteApp, IKeyProtectionApp
{
    private readonly WarningRecorder _recorder = new();
    public string? Certificate => certificate;
    public IReadOnlyCollection<string> Warnings => _recorder.Lines;
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => KeyProtectionSetup.Settings(certificate);

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<ILoggerProvider>(_recorder));
    }
}

public class KeyRingPostgresApp(string? certificate) : PostgresApp, IKeyProtectionApp
{
    private readonly WarningRecorder _recorder = new();
    public string? Certificate => certificate;
    public IReadOnlyCollection<string> Warnings => _recorder.Lines;
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => KeyProtectionSetup.Settings(certificate);

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<ILoggerProvider>(_recorder));
    }
}

public sealed class CertificateKeyRingSqliteApp() : KeyRingSqliteApp(KeyProtectionSetup.NewCertificate());

public sealed class PlainKeyRingSqliteApp() : KeyRingSqliteApp(null);

public sealed class CertificateKeyRingPostgresApp() : KeyRingPostgresApp(KeyProtectionSetup.NewCertificate());

public sealed class PlainKeyRingPostgresApp() : KeyRingPostgresApp(null);

public sealed class KeyProtectionTests_Sqlite(CertificateKeyRingSqliteApp app) : KeyProtectionTests<CertificateKeyRingSqliteApp>(app);

public sealed class KeyProtectionTests_Sqlite_NoCertificate(PlainKeyRingSqliteApp app) : KeyProtectionTests<PlainKeyRingSqliteApp>(app);

public sealed class KeyProtectionTests_Postgres(CertificateKeyRingPostgresApp app) : KeyProtectionTests<CertificateKeyRingPostgresApp>(app);

public sealed class KeyProtectionTests_Postgres_NoCertificate(PlainKeyRingPostgresApp app) : KeyProtectionTests<PlainKeyRingPostgresApp>(app);
