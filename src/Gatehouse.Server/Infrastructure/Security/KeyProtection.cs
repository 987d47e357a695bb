using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace Gatehouse.Server.Infrastructure.Security;

/// <summary>
/// The data-protection keys encrypt secrets at rest (TOTP secrets, webhook secrets). With
/// <c>Gatehouse:Security:DataProtectionCertificate</c> (a PFX file, password in
/// <c>…CertificatePassword</c>) the key ring itself is encrypted with that certificate; without
/// it the keys sit unencrypted in the data directory (in cluster mode: in the database, see
/// <c>Cluster.SharedKeyRing</c>), and the server says so at start.
/// </summary>
public static class KeyProtection
{
    public const string CertificateSetting = "Gatehouse:Security:DataProtectionCertificate";

    public static void ProtectKeys(IDataProtectionBuilder dataProtection, IConfiguration configuration)
    {
        if (configuration[CertificateSetting] is not { Length: > 0 } path) return;
        dataProtection.ProtectKeysWithCertificate(
            X509CertificateLoader.LoadPkcs12FromFile(path, configuration[CertificateSetting + "Password"]));
    }
}

/// <summary>Warns once at start when the data-protection keys are not protected by a certificate.</summary>
public sealed partial class KeyProtectionWarning(IConfiguration configuration, ILogger<KeyProtectionWarning> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(configuration[KeyProtection.CertificateSetting]))
            Warn(logger, Cluster.ClusterOptions.IsCluster(configuration) ? "the database (table DataProtectionKeys)" : "the data directory", KeyProtection.CertificateSetting);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Data-protection keys (which encrypt TOTP and webhook secrets) are stored unencrypted in {Place}; set {Setting} to a PFX certificate to protect them.")]
    private static partial void Warn(ILogger logger, string place, string setting);
}
