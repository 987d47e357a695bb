namespace Gatehouse.Server.Features.Privacy.Contracts;

/// <summary>
/// What one feature holds about a person, and how it gives it out and forgets it. Each feature
/// registers its own; Privacy walks them all and never reads a neighbour's tables itself.
/// </summary>
public interface IPersonalDataSource
{
    /// <summary>The feature's name: the folder of its files in an export archive.</summary>
    string Feature { get; }

    /// <summary>The processing activities this feature performs, for the register (GDPR art. 30).</summary>
    IReadOnlyList<ProcessingActivity> Processing { get; }

    /// <summary>Writes what the feature holds about the person into the archive.</summary>
    Task ExportAsync(DataSubject subject, IPersonalDataArchive archive, CancellationToken ct);

    /// <summary>Removes or anonymises it, in the caller's transaction; writes no audit entry of its own.</summary>
    Task EraseAsync(DataSubject subject, CancellationToken ct);
}

/// <summary>The person being exported or erased, with the values that identify them in free text.</summary>
/// <param name="Identifiers">E-mail, username and display name, as they were before any erasure.</param>
public sealed record DataSubject(Guid UserId, IReadOnlyList<string> Identifiers);

/// <summary>One line of the register of processing activities.</summary>
public sealed record ProcessingActivity(
    string Name, IReadOnlyList<string> DataCategories, string Purpose, string LegalBasis, string Retention, IReadOnlyList<string> Recipients);

/// <summary>The export archive: one JSON file per call.</summary>
public interface IPersonalDataArchive
{
    Task AddAsync<T>(string name, T content, CancellationToken ct);

    /// <summary>A JSON array written item by item, never held whole.</summary>
    Task AddManyAsync<T>(string name, IAsyncEnumerable<T> items, CancellationToken ct);
}
