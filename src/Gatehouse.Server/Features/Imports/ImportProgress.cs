using System.Collections.Concurrent;

namespace Gatehouse.Server.Features.Imports;

/// <summary>
/// How far each running commit is (rows written of the total, with an ETA from the pace so far),
/// for <c>GET /users/import/{id}/progress</c> while the commit request is still running.
/// </summary>
public sealed class ImportProgress(TimeProvider time)
{
    private long Now => time.GetTimestamp();

    /// <param name="EtaSeconds">Null until the first batch sets a pace.</param>
    public sealed record Snapshot(Guid ImportId, int Rows, int Done, double? EtaSeconds, bool Running);

    private readonly ConcurrentDictionary<Guid, (int Total, int Done, long Started)> _running = new();

    public Tracking Start(Guid id, int total)
    {
        _running[id] = (total, 0, Now);
        return new Tracking(this, id);
    }

    public Snapshot? Get(Guid id)
    {
        if (!_running.TryGetValue(id, out var s)) return null;
        double? eta = null;
        if (s.Done > 0 && s.Total >= s.Done)
            eta = time.GetElapsedTime(s.Started).TotalSeconds / s.Done * (s.Total - s.Done);
        return new Snapshot(id, s.Total, s.Done, eta, true);
    }

    public sealed class Tracking(ImportProgress owner, Guid id) : IDisposable
    {
        public void Report(int done) => owner._running.AddOrUpdate(id, _ => (done, done, owner.Now), (_, s) => s with { Done = done });

        public void Dispose() => owner._running.TryRemove(id, out _);
    }
}
