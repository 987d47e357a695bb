namespace Gatehouse.Server.Infrastructure.Events;

/// <summary>
/// Saves subscribers' checkpoints together (group commit). Every commit wakes every subscriber, and each
/// used to save its own checkpoint in a transaction of its own: one member created meant fifteen more
/// write transactions, each waiting its turn at the database's single writer. Now a save joins the next
/// write: the first one starts at once, and those that arrive while it runs go together in the one after.
/// A caller still returns only once its position is stored, so "the checkpoint moves after the handler
/// returned" holds as before.
/// </summary>
public sealed class OutboxCheckpointWriter
{
    internal delegate Task Writer(IReadOnlyDictionary<string, long> positions, CancellationToken ct);

    private readonly Writer _write;
    private readonly Lock _lock = new();
    private Dictionary<string, long> _waiting = new(StringComparer.Ordinal);
    private TaskCompletionSource? _nextWrite;
    private bool _writing;

    public OutboxCheckpointWriter(OutboxStore store) : this(store.SaveCheckpointsAsync) { }

    internal OutboxCheckpointWriter(Writer write) => _write = write;

    public Task SaveAsync(string subscriber, long position, CancellationToken ct)
    {
        TaskCompletionSource written;
        var start = false;
        lock (_lock)
        {
            _waiting[subscriber] = position;
            written = _nextWrite ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            if (!_writing) _writing = start = true;
        }
        if (start) _ = WriteWhileWaitingAsync();
        return written.Task.WaitAsync(ct);
    }

    private async Task WriteWhileWaitingAsync()
    {
        while (true)
        {
            Dictionary<string, long> positions;
            TaskCompletionSource written;
            lock (_lock)
            {
                if (_waiting.Count == 0)
                {
                    _writing = false;
                    return;
                }
                (positions, written) = (_waiting, _nextWrite!);
                _waiting = new(StringComparer.Ordinal);
                _nextWrite = null;
            }
            try
            {
                // Not a caller's token: the write is everyone's who joined it.
                await _write(positions, CancellationToken.None);
                written.SetResult();
            }
            catch (Exception e)
            {
                written.SetException(e);
            }
        }
    }
}
