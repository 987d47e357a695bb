using Gatehouse.Server.Features.Presence.Contracts;
using Gatehouse.Server.Features.Users.Contracts;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Demo;

/// <summary>
/// Makes the demo community live: sessions come and go, people change status, custom messages and
/// activities, and stop interacting (so the real idle detection marks them idle). It drives the
/// real presence registry, so the panel, the live hub and the SSE stream show exactly what real
/// traffic would produce.
/// </summary>
public sealed class DemoSimulator(IServiceScopeFactory scopes, ISimulatedPresence presence, IOptions<DemoOptions> options,
    TimeProvider time, ILogger<DemoSimulator> log) : BackgroundService
{
    private readonly Dictionary<Guid, List<SimulatedSession>> _sessions = [];
    private readonly Random _random = new();
    private Guid[] _members = [];
    private readonly TaskCompletionSource _firstArrivals = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes after the first step that brought members online (what a watcher waits for, instead of polling).</summary>
    public Task FirstArrivals => _firstArrivals.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using (var scope = scopes.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(stoppingToken);
            _members = await scope.ServiceProvider.GetRequiredService<IMemberSeeding>().TaggedIdsAsync(DemoCommunity.Tag, stoppingToken);
        }
        log.LogInformation("Demo: simulating {Count} members", _members.Length);

        using var timer = new PeriodicTimer(options.Value.Tick, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await StepAsync(stoppingToken);
                    if (_sessions.Count > 0) _firstArrivals.TrySetResult();
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    log.LogWarning(e, "Demo: a simulation step failed; going on");
                }
            }
        }
        catch (OperationCanceledException)
        {
            // shutting down
        }
        foreach (var session in _sessions.Values.SelectMany(s => s)) await presence.DisconnectAsync(session, CancellationToken.None);
    }

    private async Task StepAsync(CancellationToken ct)
    {
        if (_members.Length == 0) return;
        var target = (int)(_members.Length * options.Value.OnlineShare);
        var online = _sessions.Count;
        var arrivals = online < target ? _random.Next(3, 12) : _random.Next(0, 3);
        var departures = online > target ? _random.Next(3, 12) : _random.Next(0, 3);

        for (var i = 0; i < arrivals; i++) await ConnectAsync(_members[_random.Next(_members.Length)], ct);
        for (var i = 0; i < departures && _sessions.Count > 0; i++) await DisconnectAsync(RandomConnected(), ct);

        var connected = _sessions.Keys.ToArray();
        if (connected.Length == 0) return;
        // About one interaction ping per connected member every two minutes keeps most of them
        // online; those left alone go idle after Presence:IdleAfter, like real people.
        var pings = Math.Max(1, (int)(connected.Length * options.Value.Tick.TotalSeconds / 120));
        for (var i = 0; i < pings; i++)
        {
            var sessions = _sessions[connected[_random.Next(connected.Length)]];
            await presence.InteractAsync(sessions[_random.Next(sessions.Count)], ct);
        }
        for (var i = 0; i < _random.Next(1, 4); i++) await ChangeSomethingAsync(connected[_random.Next(connected.Length)], ct);
    }

    private async Task ChangeSomethingAsync(Guid userId, CancellationToken ct)
    {
        switch (_random.Next(10))
        {
            case < 4:
                var status = _random.Next(100) switch { < 70 => UserStatuses.Online, < 82 => UserStatuses.Idle, < 94 => UserStatuses.Dnd, _ => UserStatuses.Invisible };
                var message = _random.Next(3) == 0 ? DemoCommunity.Messages[_random.Next(DemoCommunity.Messages.Length)] : null;
                await presence.SetStatusAsync(userId, status, message, ct);
                break;
            case < 8:
                var (name, type) = DemoCommunity.Activities[_random.Next(DemoCommunity.Activities.Length)];
                if (_random.Next(4) == 0) await presence.SetActivityAsync(userId, null, null, ct);
                else await presence.SetActivityAsync(userId, name, type, ct);
                break;
            default:
                // A second device: the panel's per-platform client status shows it.
                await ConnectAsync(userId, ct);
                break;
        }
    }

    private async Task ConnectAsync(Guid userId, CancellationToken ct)
    {
        var platform = _random.Next(10) switch { < 6 => "web", < 8 => "desktop", _ => "mobile" };
        if (_sessions.TryGetValue(userId, out var existing) && existing.Any(s => s.Platform == platform)) return;
        if (await presence.ConnectAsync(userId, platform, ct) is not { } session) return;
        if (existing is null) _sessions[userId] = existing = [];
        existing.Add(session);
    }

    private async Task DisconnectAsync(Guid userId, CancellationToken ct)
    {
        if (!_sessions.Remove(userId, out var sessions)) return;
        foreach (var session in sessions) await presence.DisconnectAsync(session, ct);
    }

    private Guid RandomConnected() => _sessions.Keys.ElementAt(_random.Next(_sessions.Count));
}
