using System.Text.Json;
using System.Text.RegularExpressions;
using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure;
using Gatehouse.Server.Infrastructure.Errors;

namespace Gatehouse.Server.Features.Imports;

/// <summary>Checks and applies what the admin chooses for an import: mapping, policy, external source.</summary>
public static partial class ImportSettings
{
    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{0,63}$")]
    private static partial Regex SourceName();

    public static ImportPolicy ParsePolicy(string? value, Validator v)
    {
        if (value is null) return ImportPolicy.Skip;
        if (value is "skip" or "update" or "fail") return Enum.Parse<ImportPolicy>(value, ignoreCase: true);
        v.Add("policy", ImportText.Get("policy.unknown"));
        return ImportPolicy.Skip;
    }

    public static void CheckSource(string? source, Validator v)
    {
        if (source is not null && !SourceName().IsMatch(source)) v.Add("external_source", ImportText.Get("source.format"));
    }

    /// <summary>Every column must be the file's, every field known and mapped from one column at most, and one identity field mapped.</summary>
    public static void CheckMapping(IReadOnlyDictionary<string, string> mapping, IReadOnlyList<string> columns, Validator v)
    {
        foreach (var (column, field) in mapping)
        {
            if (!columns.Contains(column, StringComparer.Ordinal)) v.Add("mapping", ImportText.Get("mapping.column", column));
            if (field.Length > 0 && !ImportFields.All.Contains(field)) v.Add("mapping", ImportText.Get("mapping.field", field, string.Join(", ", ImportFields.All)));
        }
        foreach (var twice in mapping.Values.Where(f => f.Length > 0).GroupBy(f => f).Where(g => g.Count() > 1))
            v.Add("mapping", ImportText.Get("mapping.twice", twice.Key));
        if (!mapping.Values.Any(f => f is ImportFields.Username or ImportFields.Email or ImportFields.ExternalId))
            v.Add("mapping", ImportText.Get("mapping.identity"));
    }

    /// <summary>Columns left out of a mapping stay listed (as unknown) so nothing is dropped silently.</summary>
    public static void SetShape(MemberImport import, IReadOnlyList<string> columns, IReadOnlyDictionary<string, string> mapping)
    {
        var complete = columns.ToDictionary(c => c, c => mapping.GetValueOrDefault(c) ?? "", StringComparer.Ordinal);
        import.ColumnsJson = JsonSerializer.Serialize(columns, GatehouseJson.Options);
        import.MappingJson = JsonSerializer.Serialize(complete, GatehouseJson.Options);
    }

    public static ImportPass.Settings Of(MemberImport import, ImportStorage storage) =>
        new(storage.PathOf(import.Id), import.Format, import.Delimiter, ImportPreview.MappingOf(import), ImportPreview.PolicyOf(import),
            import.ExternalSource, RefuseErrors: false);
}
