using System.Data.Common;
using System.Text.RegularExpressions;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Gatehouse.Server.Features.Privacy.Contracts;

/// <summary>
/// Replaces a person's identifiers (any case) with <c>[erased]</c> in every text column of one of the
/// caller's own entities: free text (report descriptions, sanction reasons) and stored copies (webhook
/// bodies, event payloads) that name them. Runs in the caller's transaction.
/// </summary>
public static class PersonalText
{
    public const string Replacement = "[erased]";

    public static async Task<int> ScrubAsync<TEntity>(GatehouseDb db, DataSubject subject, CancellationToken ct)
    {
        var values = subject.Identifiers.Where(v => v.Length >= 3).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (values.Count == 0) return 0;
        var entity = db.Model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity)} is not mapped");
        var table = entity.GetTableName()!;
        var key = entity.FindPrimaryKey()!.Properties.Single().GetColumnName();
        var columns = entity.GetProperties()
            .Where(p => p.ClrType == typeof(string) && !p.IsPrimaryKey() && p.GetColumnType() is var t && !t.Contains("json", StringComparison.OrdinalIgnoreCase))
            .Select(p => p.GetColumnName()).ToList();
        if (columns.Count == 0) return 0;
        var pattern = new Regex(string.Join('|', values.Select(Regex.Escape)), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        var conn = db.Database.GetDbConnection();
        var tx = db.Database.CurrentTransaction?.GetDbTransaction();
        var changes = new List<(object Key, Dictionary<string, string?> Values)>();
        await using (var select = conn.CreateCommand())
        {
            select.Transaction = tx;
            var conditions = new List<string>();
            for (var i = 0; i < values.Count; i++)
            {
                AddParameter(select, $"@p{i}", $"%{values[i].ToLowerInvariant()}%");
                conditions.AddRange(columns.Select(c => $"lower(\"{c}\") LIKE @p{i}"));
            }
            select.CommandText = $"SELECT \"{key}\", {string.Join(", ", columns.Select(c => $"\"{c}\""))} FROM \"{table}\" WHERE {string.Join(" OR ", conditions)}";
            await using var reader = await select.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var row = new Dictionary<string, string?>();
                for (var c = 0; c < columns.Count; c++)
                {
                    var text = reader.IsDBNull(c + 1) ? null : reader.GetString(c + 1);
                    if (text is not null && pattern.IsMatch(text)) row[columns[c]] = pattern.Replace(text, Replacement);
                }
                if (row.Count > 0) changes.Add((reader.GetValue(0), row));
            }
        }
        foreach (var (rowKey, row) in changes)
        {
            await using var update = conn.CreateCommand();
            update.Transaction = tx;
            update.CommandText = $"UPDATE \"{table}\" SET {string.Join(", ", row.Keys.Select((c, i) => $"\"{c}\" = @v{i}"))} WHERE \"{key}\" = @k";
            var n = 0;
            foreach (var value in row.Values) AddParameter(update, $"@v{n++}", value);
            AddParameter(update, "@k", rowKey);
            await update.ExecuteNonQueryAsync(ct);
        }
        return changes.Count;
    }

    private static void AddParameter(DbCommand command, string name, object? value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value ?? DBNull.Value;
        command.Parameters.Add(p);
    }
}
