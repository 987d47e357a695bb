using System.Collections.Concurrent;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Imports;

/// <summary>
/// How far each running pass over an import is (rows checked and rows written of the total, with an
/// ETA from the pace so far). Every change is raised on <see cref="Changed"/> for the <c>imports</c>
/// live topic, at most once per <see cref="ImportsOptions.ProgressInterval"/> per import (the first
/// and the last always), so a 100k-row commit sends a few dozen events, not one per batch.
/// </summary>
public sealed class ImportProgress(TimeProvider time, IOptions<ImportsOptions> options)
{
    public const string Validating = "validating";
    public const string Writing = "writing";
    public const string Finished = "finished";

    /// <param name="Phase">validating (a preview), writing (a commit) or finished (nothing running).</param>
    /// <param name="Validated">Rows checked so far.</param>
    /// <param name="Written">Rows through the write step so far (members written, unchanged or skipped); 0 in a preview.</param>
    /// <param name="EtaSeconds">Null until the first batch sets a pace.</param>
    public sealed record Snapshot(Guid ImportId, string Phase, int Rows, int Validated, int Written, double? EtaSeconds, bool Running);

    private sealed record State(string Phase, int Total, int Validated, int Written, long Started, long LastSent);

    private readonly ConcurrentDictionary<Guid, State> _running = new();

    /// <summary>Raised on the reporting thread: handlers must not block (the live relay only queues a send).</summary>
    public event Action<Snapshot>? Changed;

    public Tracking Start(Guid id, int total, string phase)
    {
        var now = time.GetTimestamp();
        _running[id] = new State(phase, total, 0, 0, now, now);
        Changed?.Invoke(SnapshotOf(id, _running[id], running: true));
        return new Tracking(this, id);
    }

    public Snapshot? Get(Guid id) => _running.TryGetValue(id, out var s) ? SnapshotOf(id, s, running: true) : null;

    /// <summary>A running pass as it is now, else the import's stored state (all written once committed); null for no such import.</summary>
    public async Task<Snapshot?> CurrentAsync(Guid id, GatehouseDb db, CancellationToken ct)
    {
        if (Get(id) is { } running) return running;
        var import = await db.Set<MemberImport>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct);
        if (import is null) return null;
        var rows = ImportPreview.Of(import).Summary?.Rows ?? 0;
        var written = import.Status == MemberImportStatuses.Committed ? rows : 0;
        return new Snapshot(id, Finished, rows, import.SummaryJson is null ? 0 : rows, written, 0, false);
    }

    private Snapshot SnapshotOf(Guid id, State s, bool running)
    {
        // The pace of the phase's own counter: checking in a preview, writing in a commit.
        var done = s.Phase == Writing ? s.Written : s.Validated;
        double? eta = null;
        if (done > 0 && s.Total >= done) eta = time.GetElapsedTime(s.Started).TotalSeconds / done * (s.Total - done);
        return new Snapshot(id, running ? s.Phase : Finished, s.Total, s.Validated, s.Written, running ? eta : 0, running);
    }

    private void Report(Guid id, int validated, int written)
    {
        if (!_running.TryGetValue(id, out var s)) return;
        var now = time.GetTimestamp();
        var due = time.GetElapsedTime(s.LastSent, now) >= options.Value.ProgressInterval;
        s = s with { Validated = validated, Written = written, LastSent = due ? now : s.LastSent };
        _running[id] = s;
        if (due) Changed?.Invoke(SnapshotOf(id, s, running: true));
    }

    private void End(Guid id)
    {
        if (_running.TryRemove(id, out var s)) Changed?.Invoke(SnapshotOf(id, s, running: false));
    }

    /// <summary>One running pass; disposing it ends the tracking with a last event saying the pass is over (the import itself says how).</summary>
    public sealed class Tracking(ImportProgress owner, Guid id) : IDisposable
    {
        /// <summary>For <see cref="ImportPass"/>: rows checked and rows written so far.</summary>
        public void Report(int validated, int written) => owner.Report(id, validated, written);

        public void Dispose() => owner.End(id);
    }
}
