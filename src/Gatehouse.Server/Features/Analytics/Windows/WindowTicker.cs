namespace Gatehouse.Server.Features.Analytics.Windows;

/// <summary>Closes the live windows on every second boundary of the server clock (a timer that follows <see cref="TimeProvider"/>, fakes included).</summary>
public sealed class WindowTicker(LiveWindows windows, TimeProvider time, ILogger<WindowTicker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = time.GetUtcNow();
            // Wake just after the boundary, so a window closes at most a few milliseconds after it ends.
            var untilNextSecond = TimeSpan.FromMilliseconds(1000 - now.Millisecond) + TimeSpan.FromMilliseconds(2);
            await Task.Delay(untilNextSecond, time, stoppingToken).ConfigureAwait(false);
            try
            {
                windows.Tick(time.GetUtcNow().UtcDateTime);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A bug in one window must not stop the clock (nor, as an unhandled worker error, the host).
                logger.LogError(e, "Closing the analytics windows failed");
            }
        }
    }
}
