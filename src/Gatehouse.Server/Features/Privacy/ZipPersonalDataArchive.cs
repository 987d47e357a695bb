using System.IO.Compression;
using System.Text.Json;
using Gatehouse.Server.Features.Privacy.Contracts;
using Gatehouse.Server.Infrastructure;

namespace Gatehouse.Server.Features.Privacy;

/// <summary>
/// The export archive written straight to the response: one zip entry per JSON file, each serialized
/// into its entry as it is produced, so a member with years of events costs no more memory than one.
/// </summary>
public sealed class ZipPersonalDataArchive(ZipArchive zip, string folder) : IPersonalDataArchive
{
    private static readonly JsonSerializerOptions Json = new(GatehouseJson.Options) { WriteIndented = true };

    public async Task AddAsync<T>(string name, T content, CancellationToken ct)
    {
        await using var stream = await zip.CreateEntry($"{folder}/{name}.json", CompressionLevel.Fastest).OpenAsync(ct);
        await JsonSerializer.SerializeAsync(stream, content, Json, ct);
    }

    public Task AddManyAsync<T>(string name, IAsyncEnumerable<T> items, CancellationToken ct) => AddAsync(name, items, ct);

    public ZipPersonalDataArchive For(string feature) => new(zip, feature);
}
