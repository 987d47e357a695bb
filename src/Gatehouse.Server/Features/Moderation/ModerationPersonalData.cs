using Gatehouse.Server.Features.Moderation.Reports;
using Gatehouse.Server.Features.Moderation.Sanctions;
using Gatehouse.Server.Features.Privacy.Contracts;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Moderation;

/// <summary>
/// Sanctions and reports that concern a member. They are kept after erasure, tied to the pseudonymised
/// member id, because a community may need its moderation record (legitimate interest, legal claims);
/// every mention of the person's e-mail, username or display name in their free text is replaced.
/// The export leaves out who filed a report against the member: that is another person's data.
/// </summary>
public sealed class ModerationPersonalData(GatehouseDb db) : IPersonalDataSource
{
    public string Feature => "moderation";

    public IReadOnlyList<ProcessingActivity> Processing { get; } =
    [
        new("Moderation", ["sanctions (kind, reason, duration)", "reports filed and received (free text, evidence links)"],
            "Keep the community safe; answer complaints", "Legitimate interest (art. 6(1)(f))",
            "Kept as the moderation record; names scrubbed from the text on erasure", ["Moderators"]),
    ];

    public async Task ExportAsync(DataSubject subject, IPersonalDataArchive archive, CancellationToken ct)
    {
        var id = subject.UserId;
        await archive.AddAsync("sanctions", await db.Set<Sanction>().AsNoTracking().Where(s => s.UserId == id).OrderBy(s => s.CreatedAt)
            .Select(s => new { s.Id, s.Kind, s.Reason, s.Evidence, s.CreatedAt, s.ExpiresAt, s.EndedAt, s.EndReason, s.LiftReason }).ToListAsync(ct), ct);
        await archive.AddAsync("reports_about_me", await db.Set<Report>().AsNoTracking().Where(r => r.TargetId == id).OrderBy(r => r.CreatedAt)
            .Select(r => new { r.Id, r.Category, r.Severity, r.Description, r.Status, r.CreatedAt, r.ClosedAt, r.Resolution }).ToListAsync(ct), ct);
        await archive.AddAsync("reports_filed", await db.Set<Report>().AsNoTracking().Where(r => r.ReporterId == id).OrderBy(r => r.CreatedAt)
            .Select(r => new { r.Id, r.TargetId, r.Category, r.Severity, r.Description, r.Evidence, r.Status, r.CreatedAt }).ToListAsync(ct), ct);
    }

    public async Task EraseAsync(DataSubject subject, CancellationToken ct)
    {
        await PersonalText.ScrubAsync<Sanction>(db, subject, ct);
        await PersonalText.ScrubAsync<Report>(db, subject, ct);
        await PersonalText.ScrubAsync<ReportNote>(db, subject, ct);
    }
}
