using Gatehouse.Server.Features.Privacy.Contracts;
using Gatehouse.Server.Infrastructure.Persistence;

namespace Gatehouse.Server.Features.Imports;

/// <summary>Import records keep summaries and results that may name imported members: scrubbed on erasure.</summary>
public sealed class ImportsPersonalData(GatehouseDb db) : IPersonalDataSource
{
    public string Feature => "imports";

    public IReadOnlyList<ProcessingActivity> Processing { get; } =
    [
        new("Member imports", ["rows of imported files (username, display name, e-mail, roles)"], "Bring existing members into the community",
            "Contract (art. 6(1)(b))", "The uploaded file until committed or abandoned; the result record while kept", ["Administrators with users.import"]),
    ];

    public Task ExportAsync(DataSubject subject, IPersonalDataArchive archive, CancellationToken ct) => Task.CompletedTask;

    public Task EraseAsync(DataSubject subject, CancellationToken ct) => PersonalText.ScrubAsync<MemberImport>(db, subject, ct);
}
