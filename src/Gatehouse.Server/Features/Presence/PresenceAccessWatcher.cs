using System.Threading.Channels;
using Gatehouse.Server.Features.Roles;

namespace Gatehouse.Server.Features.Presence;

/// <summary>
/// Listens to <see cref="AccessChanges"/>: observers whose presence.read is gone lose their
/// subscription, see_invisible is re-read, connected members get their new roles (for role
/// filters), and accounts that may no longer be present are disconnected from the gateway.
/// The event is raised on request threads; the work runs here, one change at a time.
/// </summary>
public sealed class PresenceAccessWatcher(
    AccessChanges changes, PresenceFanout fanout, IPresenceRegistry registry, GatewayConnections gateway,
    IServiceScopeFactory scopes, ILogger<PresenceAccessWatcher> logger) : BackgroundService
{
    private readonly Channel<AccessChange> _queue = Channel.CreateUnbounded<AccessChange>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Completes when every change queued so far has been handled (tests wait on it).</summary>
    public async Task DrainAsync(CancellationToken ct)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _barriers.Enqueue(done);
        _queue.Writer.TryWrite(Barrier);
        await done.Task.WaitAsync(ct);
    }

    private static readonly AccessChange Barrier = new(Guid.Empty);
    private readonly System.Collections.Concurrent.ConcurrentQueue<TaskCompletionSource> _barriers = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        void OnChanged(AccessChange change) => _queue.Writer.TryWrite(change);
        changes.Changed += OnChanged;
        try
        {
            await foreach (var change in _queue.Reader.ReadAllAsync(stoppingToken))
            {
                if (ReferenceEquals(change, Barrier))
                {
                    if (_barriers.TryDequeue(out var done)) done.TrySetResult();
                    continue;
                }
                try
                {
                    await HandleAsync(change, stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "Re-checking presence access after a change for {UserId} failed", change.UserId);
                }
            }
        }
        finally
        {
            changes.Changed -= OnChanged;
        }
    }

    private async Task HandleAsync(AccessChange change, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var access = scope.ServiceProvider.GetRequiredService<AccessService>();
        var seeds = scope.ServiceProvider.GetRequiredService<PresenceSeedLoader>();

        var observers = fanout.Observers.Where(o => change.AffectsEveryone || o.ObserverUserId == change.UserId).ToList();
        foreach (var group in observers.GroupBy(o => o.ObserverUserId))
        {
            var observerAccess = await access.ForUserAsync(group.Key, ct);
            var allowed = PresenceAccess.MayObserve(observerAccess);
            var seeInvisible = allowed && observerAccess!.Has(Permissions.PresenceSeeInvisible);
            foreach (var observer in group)
                if (!allowed) await observer.EndAsync(PresenceObserver.ReasonForbidden);
                else observer.SeeInvisible = seeInvisible;
        }

        IReadOnlyCollection<Guid> members = change.UserId is { } id
            ? registry.IsTracked(id) ? [id] : []
            : registry.TrackedUsers;
        if (members.Count == 0) return;
        foreach (var (userId, (roles, active)) in await seeds.AccessOfAsync(members, ct))
        {
            if (!active) gateway.AbortUser(userId);
            else await registry.UpdateRolesAsync(userId, roles, ct);
        }
    }
}
