using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Gatehouse.Server.Infrastructure.Cluster;

/// <summary>
/// In cluster mode every node reads and writes one data-protection key ring, kept in PostgreSQL
/// (table <c>DataProtectionKeys</c>, so <c>pg_dump</c> backs it up with the data it protects):
/// a webhook secret, a TOTP secret or an SSO correlation cookie protected on one node is readable
/// on every other. A single node keeps its key files in the data directory.
/// </summary>
public static class SharedKeyRing
{
    /// <summary>
    /// Protected payloads are bound to the application name: one fixed name, so nodes installed in
    /// different folders (the default name is the content root) still read each other's payloads.
    /// </summary>
    public const string ApplicationName = "Gatehouse";

    /// <summary>Arbitrary constant naming the advisory lock held while a node creates the first key ("gatehouse keys").</summary>
    private const long FirstKeyLock = 0x6761746b657973;

    public static IDataProtectionBuilder PersistToDatabase(this IDataProtectionBuilder dataProtection, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("Postgres")
            ?? throw new InvalidOperationException("Cluster mode keeps the data-protection keys in PostgreSQL: set ConnectionStrings:Postgres.");
        dataProtection.Services.AddDbContext<SharedKeyRingDb>(o => o.UseNpgsql(connectionString));
        return dataProtection.PersistKeysToDbContext<SharedKeyRingDb>().SetApplicationName(ApplicationName);
    }

    /// <summary>
    /// Loads the key ring once at start, one node at a time: the first node on an empty ring
    /// creates the key, and every later node finds it. Without the lock, two nodes starting
    /// together would each create a key and, until their next ring refresh, fail to read what the
    /// other protected.
    /// </summary>
    public static async Task LoadOneNodeAtATimeAsync(IServiceProvider services, IConfiguration configuration, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(configuration.GetConnectionString("Postgres"));
        await connection.OpenAsync(ct);
        await using (var lockCmd = new NpgsqlCommand($"SELECT pg_advisory_lock({FirstKeyLock})", connection))
            await lockCmd.ExecuteNonQueryAsync(ct);
        // Protecting anything makes the ring load, and creates the first key when there is none.
        services.GetRequiredService<IDataProtectionProvider>().CreateProtector("Gatehouse.KeyRing.Load").Protect([1]);
        await using var unlockCmd = new NpgsqlCommand($"SELECT pg_advisory_unlock({FirstKeyLock})", connection);
        await unlockCmd.ExecuteNonQueryAsync(ct);
    }
}
