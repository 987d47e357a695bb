using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Presence.Registry;

/// <summary>
/// One timer for everyone: each tick sweeps the registry for idle sessions, ended grace periods
/// and expired custom statuses. Ticks come from the injected <see cref="TimeProvider"/>, so tests
/// drive them with a fake clock instead of sleeping.
/// </summary>
public sealed class PresenceSweeper(IPresenceRegistry registry, TimeProvider time, IOptions<PresenceOptions> options, ILogger<PresenceSweeper> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SweepInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await registry.SweepAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One bad sweep must not stop presence for good; the next tick tries again.
                logger.LogError(e, "Presence sweep failed");
            }
        }
    }
}
