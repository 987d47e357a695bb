namespace Gatehouse.Server.Features.Backups;

/// <summary>One backup run as the panel follows it: phase (snapshot, pack, seal, done), percent, and the backup once written.</summary>
public sealed class BackupJob(Guid id, string trigger, DateTime startedAt)
{
    public Guid Id { get; } = id;
    public string Trigger { get; } = trigger;
    public DateTime StartedAt { get; } = startedAt;

    /// <summary><c>running</c>, <c>succeeded</c> or <c>failed</c>.</summary>
    public string State { get; private set; } = "running";
    public string Phase { get; private set; } = "queued";
    public int Percent { get; private set; }
    public BackupCatalog.Entry? Backup { get; private set; }
    public string? Error { get; private set; }

    // Each phase owns a slice of the bar; the snapshot is most of the wall-clock time on a big database.
    private static readonly Dictionary<string, (int From, int To)> Slices = new()
    {
        ["snapshot"] = (0, 50),
        ["pack"] = (50, 80),
        ["seal"] = (80, 99),
        ["done"] = (100, 100),
    };

    /// <summary>Moves the bar; true when the phase or the whole percent changed (what the live topic pushes).</summary>
    internal bool Report(string phase, double fraction)
    {
        var (from, to) = Slices[phase];
        var percent = from + (int)Math.Round((to - from) * Math.Clamp(fraction, 0, 1));
        if (phase == Phase && percent == Percent) return false;
        Phase = phase;
        Percent = percent;
        return true;
    }

    /// <summary>The job as it is now, frozen: a push is serialized later, while the run goes on.</summary>
    internal BackupJob Copy() => new(Id, Trigger, StartedAt)
    {
        State = State,
        Phase = Phase,
        Percent = Percent,
        Backup = Backup,
        Error = Error,
    };

    internal void Succeed(BackupCatalog.Entry backup)
    {
        Backup = backup;
        Report("done", 1);
        State = "succeeded";
    }

    internal void Fail(string error)
    {
        Error = error;
        State = "failed";
    }
}
