using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;
using Gatehouse.Server.Infrastructure.Errors;

namespace Gatehouse.Server.Features.Imports;

/// <summary>
/// Reads a stored member file one row at a time (CSV through CsvHelper with the delimiter detected,
/// or a JSON array of objects), so memory stays bounded whatever the file's size. Row 1 is the
/// first member in the file. A file that cannot be read throws a 400 naming the row.
/// </summary>
public static class ImportFile
{
    public sealed record Row(int Number, IReadOnlyDictionary<string, string?> Cells);

    /// <summary>
    /// What the first look learns: the columns, the CSV delimiter, and whether the file has a member row. A CSV file
    /// is read up to its first row only (its header names every column); the pass that checks the rows reads the rest,
    /// counts them and meets any unreadable row, with the same error: the upload no longer parses the whole file twice.
    /// A JSON file's columns are the keys of all its objects, so it is read to the end.
    /// </summary>
    public sealed record Shape(IReadOnlyList<string> Columns, string? Delimiter, bool HasRows);

    private const int MaxColumns = 200;

    public static async Task<Shape> ReadShapeAsync(string path, string format, CancellationToken ct)
    {
        if (format == "csv")
        {
            using var reader = OpenText(path);
            using var csv = new CsvReader(reader, CsvConfig(null));
            var columns = await ReadHeaderAsync(csv);
            var hasRows = await ReadAsync(csv, 1);
            return new Shape(columns, csv.Parser.Delimiter, hasRows);
        }
        var keys = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var count = 0;
        await foreach (var row in ReadJsonAsync(path, ct))
        {
            count++;
            foreach (var key in row.Cells.Keys)
                if (seen.Add(key) && keys.Count < MaxColumns) keys.Add(key);
        }
        return new Shape(keys, null, count > 0);
    }

    public static async IAsyncEnumerable<Row> ReadAsync(string path, string format, string? delimiter, [EnumeratorCancellation] CancellationToken ct)
    {
        if (format == "json")
        {
            await foreach (var row in ReadJsonAsync(path, ct)) yield return row;
            yield break;
        }
        using var reader = OpenText(path);
        using var csv = new CsvReader(reader, CsvConfig(delimiter));
        var columns = await ReadHeaderAsync(csv);
        var number = 0;
        while (await ReadAsync(csv, number + 1))
        {
            ct.ThrowIfCancellationRequested();
            var cells = new Dictionary<string, string?>(columns.Count, StringComparer.Ordinal);
            for (var i = 0; i < columns.Count; i++) cells[columns[i]] = csv.TryGetField<string>(i, out var value) ? value : null;
            yield return new Row(++number, cells);
        }
    }

    private static StreamReader OpenText(string path) =>
        new(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false), detectEncodingFromByteOrderMarks: true);

    private static CsvConfiguration CsvConfig(string? delimiter) => new(CultureInfo.InvariantCulture)
    {
        DetectDelimiter = delimiter is null,
        DetectDelimiterValues = [",", ";", "\t", "|"],
        Delimiter = delimiter ?? ",",
        IgnoreBlankLines = true,
        TrimOptions = TrimOptions.None,
        MissingFieldFound = null,
        HeaderValidated = null,
    };

    private static async Task<List<string>> ReadHeaderAsync(CsvReader csv)
    {
        if (!await ReadAsync(csv, 0) || !csv.ReadHeader() || csv.HeaderRecord is not { Length: > 0 } header)
            throw Unreadable(ImportText.Get("file.no_header"));
        var columns = header.Select(h => h.Trim()).ToList();
        if (columns.Count > MaxColumns) throw Unreadable(ImportText.Get("file.too_many_columns", MaxColumns));
        if (columns.Any(c => c.Length == 0)) throw Unreadable(ImportText.Get("file.empty_column"));
        if (columns.GroupBy(c => c, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw Unreadable(ImportText.Get("file.duplicate_column", twice.Key));
        return columns;
    }

    private static async Task<bool> ReadAsync(CsvReader csv, int row)
    {
        try
        {
            return await csv.ReadAsync();
        }
        catch (CsvHelperException e) when (e is BadDataException or ParserException)
        {
            throw Unreadable(ImportText.Get("file.bad_csv", row));
        }
    }

    private static async IAsyncEnumerable<Row> ReadJsonAsync(string path, [EnumeratorCancellation] CancellationToken ct)
    {
        await using var stream = File.OpenRead(path);
        var number = 0;
        var items = JsonSerializer.DeserializeAsyncEnumerable<JsonElement>(stream, topLevelValues: false, cancellationToken: ct);
        await using var e = items.GetAsyncEnumerator(ct);
        while (true)
        {
            try
            {
                if (!await e.MoveNextAsync()) yield break;
            }
            catch (JsonException)
            {
                throw Unreadable(ImportText.Get("file.bad_json", number + 1));
            }
            number++;
            if (e.Current.ValueKind != JsonValueKind.Object) throw Unreadable(ImportText.Get("file.not_object", number));
            var cells = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var p in e.Current.EnumerateObject()) cells[p.Name] = Text(p.Value);
            yield return new Row(number, cells);
        }
    }

    /// <summary>Strings as they are, lists joined like a CSV cell, other values as their JSON text (then checked like any cell).</summary>
    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Array => string.Join(',', value.EnumerateArray().Select(Text)),
        _ => value.GetRawText(),
    };

    private static RuleViolation Unreadable(string detail) => new(400, "import-file-unreadable", detail);
}
