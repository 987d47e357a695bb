using System.Globalization;
using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure.Errors;

namespace Gatehouse.Server.Features.Imports;

/// <summary>
/// One streaming pass over an import's file: rows mapped to member fields, checked a batch at a time
/// (against the rules and the members stored now, and against earlier rows of the file), counted,
/// and handed to the batch handler (the commit writes them there). Memory holds one batch,
/// the identity keys seen so far and the first problem rows.
/// </summary>
public sealed class ImportPass(IMemberImports members, ImportsOptions options)
{
    /// <param name="Checked">
    /// The rows were all found valid new members by a preview and nothing they were checked against has changed since
    /// (<see cref="IMemberImports.CheckMarkAsync"/>): each row is taken as a member to create without asking again.
    /// </param>
    public sealed record Settings(string Path, string Format, string? Delimiter, IReadOnlyDictionary<string, string> Mapping,
        ImportPolicy Policy, string? ExternalSource, bool RefuseErrors, bool Checked = false);

    public delegate Task BatchHandler(IReadOnlyList<(ImportedMember Row, ImportRowCheck Check)> rows, CancellationToken ct);

    public async Task<ImportPreview.Report> RunAsync(Settings s, BatchHandler? onBatch, ImportProgress.Tracking? progress, CancellationToken ct)
    {
        var firstSeen = new Dictionary<string, int>(StringComparer.Ordinal);
        var counts = new Dictionary<ImportRowAction, int> { [ImportRowAction.Create] = 0, [ImportRowAction.Update] = 0, [ImportRowAction.Skip] = 0, [ImportRowAction.Error] = 0 };
        var problems = new List<ImportPreview.RowReport>();
        var sample = new List<ImportPreview.RowReport>();
        var batch = new List<(ImportedMember Row, List<ImportFieldError> ParseErrors, Dictionary<string, string?> Values)>(options.BatchSize);
        int total = 0, written = 0;
        // Taken before the first row is read: a change made while the pass runs moves it, so a commit will check again.
        var mark = s.Checked ? null : await members.CheckMarkAsync(ct);

        async Task FlushAsync()
        {
            if (batch.Count == 0) return;
            var checks = s.Checked ? Unchecked(batch) : await members.CheckAsync([.. batch.Select(b => b.Row)], s.Policy, ct);
            progress?.Report(total + batch.Count, written);
            var ready = new List<(ImportedMember, ImportRowCheck)>(batch.Count);
            for (var i = 0; i < batch.Count; i++)
            {
                var (row, parseErrors, values) = batch[i];
                var check = checks[i];
                // Most rows have no error: their list is only made when one is found.
                List<ImportFieldError>? errors = parseErrors.Count + check.Errors.Count == 0 ? null : [.. parseErrors, .. check.Errors];
                foreach (var (field, key) in check.Keys)
                    if (!firstSeen.TryAdd(key, row.Row))
                        (errors ??= []).Add(new ImportFieldError(field, "duplicate_in_file", ImportText.Get("duplicate_in_file", field, firstSeen[key])));
                var action = errors is not null ? ImportRowAction.Error : check.Action;
                if (action == ImportRowAction.Error && s.RefuseErrors)
                    throw new RuleViolation(422, "import-has-errors", ImportText.Get("has_errors", row.Row),
                        new Dictionary<string, object?> { ["row"] = row.Row, ["errors"] = errors });
                counts[action]++;
                // A row's report is built only when the preview keeps it (a problem row or a sample row), not for every row.
                var asProblem = action == ImportRowAction.Error && problems.Count < options.PreviewProblemRows;
                if (asProblem || sample.Count < options.PreviewSampleRows)
                {
                    var report = new ImportPreview.RowReport(row.Row, action, check.MatchedBy, check.ExistingId, values,
                        [.. (errors ?? []).Select(e => new ImportPreview.FieldError(e.Field, e.Code, e.Message))]);
                    if (asProblem) problems.Add(report);
                    if (sample.Count < options.PreviewSampleRows) sample.Add(report);
                }
                // A row to write has no error, so its action is the check's own.
                if (action is ImportRowAction.Create or ImportRowAction.Update) ready.Add((row, check));
            }
            total += batch.Count;
            if (onBatch is not null)
            {
                await onBatch(ready, ct);
                written = total;
                progress?.Report(total, written);
            }
            batch.Clear();
        }

        await foreach (var raw in ImportFile.ReadAsync(s.Path, s.Format, s.Delimiter, ct))
        {
            batch.Add(Map(raw, s));
            if (batch.Count >= options.BatchSize) await FlushAsync();
        }
        await FlushAsync();
        return new ImportPreview.Report(total, counts[ImportRowAction.Create], counts[ImportRowAction.Update], counts[ImportRowAction.Skip],
            counts[ImportRowAction.Error], problems, sample, mark);
    }

    /// <summary>
    /// The preview's verdict on every row, when nothing has changed since: a new member each, no errors (the preview
    /// found none, duplicates within the file included). The rows are still mapped (a value that fails to parse is
    /// still an error) and the members still written through the Users write path, whose unique keys stay the last word.
    /// </summary>
    private static List<ImportRowCheck> Unchecked(List<(ImportedMember Row, List<ImportFieldError> ParseErrors, Dictionary<string, string?> Values)> batch) =>
        [.. batch.Select(b => new ImportRowCheck(b.Row.Row, ImportRowAction.Create, null, null, [], []))];

    private static (ImportedMember, List<ImportFieldError>, Dictionary<string, string?>) Map(ImportFile.Row raw, Settings s)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (column, field) in s.Mapping)
            if (field.Length > 0 && raw.Cells.TryGetValue(column, out var cell)) values[field] = cell;
        string? Get(string field) => values.GetValueOrDefault(field) is { } v ? v.Trim() : null;
        var errors = new List<ImportFieldError>();
        DateTime? createdAt = null;
        if (Get(ImportFields.CreatedAt) is { Length: > 0 } date)
        {
            if (DateTimeOffset.TryParse(date, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)) createdAt = at.UtcDateTime;
            else errors.Add(new ImportFieldError(ImportFields.CreatedAt, "invalid", ImportText.Get("created_at.format")));
        }
        var externalId = Get(ImportFields.ExternalId) is { Length: > 0 } id ? id : null;
        var row = new ImportedMember(raw.Number, Get(ImportFields.Username), Get(ImportFields.Email), Get(ImportFields.DisplayName),
            Get(ImportFields.AvatarUrl), Get(ImportFields.Roles) is { Length: > 0 } roles ? ImportFields.SplitList(roles) : null,
            Get(ImportFields.Tags) is { Length: > 0 } tags ? ImportFields.SplitList(tags) : null, createdAt,
            externalId is null ? null : s.ExternalSource, externalId);
        return (row, errors, values);
    }
}
