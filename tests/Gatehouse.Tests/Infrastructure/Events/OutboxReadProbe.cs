using Gatehouse.Server.Infrastructure.Events;
using Microsoft.Extensions.DependencyInjection;

namespace Gatehouse.Tests.Infrastructure.Events;

/// <summary>
/// Counts the dispatcher's reads of the outbox and follows its subscribers' saved checkpoints, by wrapping the real
/// <see cref="OutboxStore"/> behind the dispatcher's <see cref="OutboxTail"/> and <see cref="OutboxCheckpointWriter"/>.
/// </summary>
public sealed class OutboxReadProbe
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, long> _saved = new(StringComparer.Ordinal);
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _reads;

    public int Reads => Volatile.Read(ref _reads);

    public static void AddTo(IServiceCollection services)
    {
        services.AddSingleton<OutboxReadProbe>();
        services.AddSingleton(sp =>
        {
            var (store, probe) = (sp.GetRequiredService<OutboxStore>(), sp.GetRequiredService<OutboxReadProbe>());
            return new OutboxTail((position, limit, ct) =>
            {
                Interlocked.Increment(ref probe._reads);
                return store.ReadAfterAsync(position, limit, ct);
            });
        });
        services.AddSingleton(sp =>
        {
            var (store, probe) = (sp.GetRequiredService<OutboxStore>(), sp.GetRequiredService<OutboxReadProbe>());
            return new OutboxCheckpointWriter(async (positions, ct) =>
            {
                await store.SaveCheckpointsAsync(positions, ct);
                probe.Saved(positions);
            });
        });
    }

    /// <summary>Until every one of <paramref name="subscribers"/> has saved a checkpoint at <paramref name="sequence"/> or later.</summary>
    public async Task WaitForAllAsync(IEnumerable<string> subscribers, long sequence)
    {
        var names = subscribers.ToList();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            Task changed;
            lock (_lock)
            {
                if (names.All(n => _saved.TryGetValue(n, out var at) && at >= sequence)) return;
                changed = _changed.Task;
            }
            await changed.WaitAsync(timeout.Token);
        }
    }

    private void Saved(IReadOnlyDictionary<string, long> positions)
    {
        TaskCompletionSource changed;
        lock (_lock)
        {
            foreach (var (name, at) in positions) _saved[name] = Math.Max(at, _saved.GetValueOrDefault(name));
            (changed, _changed) = (_changed, new(TaskCreationOptions.RunContinuationsAsynchronously));
        }
        changed.SetResult();
    }
}
