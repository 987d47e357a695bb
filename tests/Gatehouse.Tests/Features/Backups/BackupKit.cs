using System.Data.Common;
using System.Globalization;
using System.Text;
using Gatehouse.Server.Features.Backups;
using Gatehouse.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Gatehouse.Tests.Features.Backups;

/// <summary>Runs the server commands as the CLI would, and reads tables straight from a SQLite file to compare copies.</summary>
public static class BackupKit
{
    /// <param name="postgres">The connection string of a PostgreSQL database to restore into; SQLite in <paramref name="dataDirectory"/> when null.</param>
    public static async Task<(int ExitCode, string Output)> CommandAsync(
        string name, string file, string dataDirectory, bool force = false, string? key = null, string? postgres = null)
    {
        var settings = new Dictionary<string, string?> { ["Gatehouse:DataDirectory"] = dataDirectory, ["Gatehouse:Backups:EncryptionKey"] = key };
        if (postgres is not null)
        {
            settings["Gatehouse:Database:Provider"] = "Postgres";
            settings["ConnectionStrings:Postgres"] = postgres;
        }
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var output = new StringWriter(CultureInfo.InvariantCulture);
        var code = await BackupCommands.RunAsync(new BackupCommands.Command(name, file, force, []), configuration, output, CancellationToken.None);
        return (code, output.ToString());
    }

    /// <summary>Every row of a table, every column, in key order: two databases hold the same data when these are equal.</summary>
    public static async Task<List<string>> RowsAsync(string databasePath, string table, string orderBy)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        return await RowsAsync(connection, table, orderBy);
    }

    /// <summary>The same, from a PostgreSQL database.</summary>
    public static async Task<List<string>> PostgresRowsAsync(string connectionString, string table, string orderBy)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        return await RowsAsync(connection, table, orderBy);
    }

    private static async Task<List<string>> RowsAsync(DbConnection connection, string table, string orderBy)
    {
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM {table} ORDER BY \"{orderBy}\"";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            var row = new StringBuilder();
            for (var i = 0; i < reader.FieldCount; i++) row.Append(reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)).Append('|');
            rows.Add(row.ToString());
        }
        return rows;
    }

    public static async Task<BackupJob> BackupNowAsync(this GatehouseApp app) =>
        await app.Services.GetRequiredService<BackupRunner>().RunAsync(null, "test");

    /// <summary>Does <paramref name="trigger"/> and waits for the backup run it causes to end (the runner's event, no polling).</summary>
    public static async Task<BackupJob> NextRunAsync(this GatehouseApp app, Func<Task> trigger)
    {
        var runner = app.Services.GetRequiredService<BackupRunner>();
        var finished = new TaskCompletionSource<BackupJob>(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnFinished(BackupJob job) => finished.TrySetResult(job);
        runner.Finished += OnFinished;
        try
        {
            await trigger();
            return await finished.Task.WaitAsync(TimeSpan.FromSeconds(60));
        }
        finally
        {
            runner.Finished -= OnFinished;
        }
    }

    public static string BackupPath(this GatehouseApp app, BackupJob job) =>
        Path.Combine(app.Services.GetRequiredService<BackupCatalog>().Directory, job.Backup!.Name);

    public static string TempDirectory() => Path.Combine(Path.GetTempPath(), "gatehouse-tests", "restore-" + Guid.NewGuid().ToString("N"));
}
