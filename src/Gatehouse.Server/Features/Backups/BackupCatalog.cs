using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Gatehouse.Server.Infrastructure;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Backups;

/// <summary>
/// The backups directory is the catalogue: one <c>gatehouse-&lt;UTC instant&gt;.ghbak</c> file per
/// backup, plus a <c>.verified.json</c> note beside it once a self-test restored it. Nothing
/// about backups lives in the database they back up.
/// </summary>
public sealed partial class BackupCatalog(IOptions<GatehouseOptions> gatehouse, IOptions<BackupsOptions> options)
{
    public const string Extension = ".ghbak";
    private const string TimeFormat = "yyyyMMdd'T'HHmmssfff'Z'";

    [GeneratedRegex(@"^gatehouse-(\d{8}T\d{9}Z)\.ghbak$")]
    private static partial Regex NamePattern();

    /// <summary>A backup file as the API lists it.</summary>
    public sealed record Entry(string Name, DateTime TakenAt, long SizeBytes, string Checksum, bool Encrypted, string Database, Verification? Verification);

    /// <summary>The last self-test of a backup: when, and whether the restored copy held up.</summary>
    public sealed record Verification(DateTime VerifiedAt, bool Ok, string Detail);

    public string Directory => options.Value.DirectoryUnder(gatehouse.Value.DataDirectory);

    public static string NameFor(DateTime takenAt) => $"gatehouse-{takenAt.ToString(TimeFormat, CultureInfo.InvariantCulture)}{Extension}";

    public static DateTime? TakenAtOf(string name)
    {
        var m = NamePattern().Match(name);
        return m.Success ? DateTime.ParseExact(m.Groups[1].Value, TimeFormat, CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal) : null;
    }

    /// <summary>The full path of a listed backup, or null: a name that is not a backup's never reaches the file system.</summary>
    public string? PathOf(string name)
    {
        if (TakenAtOf(name) is null) return null;
        var path = Path.Combine(Directory, name);
        return File.Exists(path) ? path : null;
    }

    public async Task<IReadOnlyList<Entry>> ListAsync(CancellationToken ct)
    {
        if (!System.IO.Directory.Exists(Directory)) return [];
        var entries = new List<Entry>();
        foreach (var path in System.IO.Directory.EnumerateFiles(Directory, "gatehouse-*" + Extension))
        {
            var name = Path.GetFileName(path);
            if (TakenAtOf(name) is not { } takenAt) continue;
            var header = await BackupArchive.ReadHeaderAsync(path, ct);
            if (header is null) continue;
            entries.Add(new Entry(name, takenAt, new FileInfo(path).Length, header.Checksum, header.Encrypted, header.Database, await ReadVerificationAsync(path, ct)));
        }
        return [.. entries.OrderByDescending(e => e.TakenAt)];
    }

    public async Task RecordVerificationAsync(string path, Verification verification, CancellationToken ct)
    {
        var note = path + ".verified.json";
        var temp = note + ".tmp";
        await File.WriteAllTextAsync(temp, JsonSerializer.Serialize(verification, GatehouseJson.Options), ct);
        File.Move(temp, note, overwrite: true);
    }

    /// <summary>Deletes the backups the retention policy lets go; returns their names.</summary>
    public async Task<IReadOnlyList<string>> PruneAsync(CancellationToken ct)
    {
        var o = options.Value;
        var all = await ListAsync(ct);
        var keep = RetentionPolicy.Keep(all.Select(e => e.TakenAt), o.KeepRecent, o.KeepDaily, o.KeepWeekly);
        var pruned = new List<string>();
        foreach (var e in all.Where(e => !keep.Contains(e.TakenAt)))
        {
            var path = Path.Combine(Directory, e.Name);
            File.Delete(path);
            File.Delete(path + ".verified.json");
            pruned.Add(e.Name);
        }
        return pruned;
    }

    private static async Task<Verification?> ReadVerificationAsync(string path, CancellationToken ct)
    {
        var note = path + ".verified.json";
        if (!File.Exists(note)) return null;
        try
        {
            return JsonSerializer.Deserialize<Verification>(await File.ReadAllTextAsync(note, ct), GatehouseJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
