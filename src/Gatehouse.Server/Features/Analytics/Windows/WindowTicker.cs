using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Analytics.Windows;

/// <summary>
/// Closes the live windows on every second boundary of the server clock (a timer that follows
/// <see cref="TimeProvider"/>, fakes included) and, between boundaries, every <c>ProgressEvery</c>, pushes the
/// open windows to the followers that asked for progress.
/// </summary>
public sealed class WindowTicker(LiveWindows windows, TimeProvider time, IOptions<AnalyticsOptions> options, ILogger<WindowTicker> logger)
    : BackgroundService
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    /// <summary>Past the boundary, so a window closes at most a few milliseconds after it ends.</summary>
    private static readonly TimeSpan AfterBoundary = TimeSpan.FromMilliseconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var step = Step(options.Value.ProgressEvery);
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(UntilNextStep(time.GetUtcNow(), step), time, stoppingToken).ConfigureAwait(false);
            try
            {
                // A wake that closed a second has just pushed it: the new open second has nothing worth pushing yet.
                if (windows.Tick(time.GetUtcNow().UtcDateTime) == 0) windows.PublishProgress();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A bug in one window must not stop the clock (nor, as an unhandled worker error, the host).
                logger.LogError(e, "Closing the analytics windows failed");
            }
        }
    }

    /// <summary>The progress step, made a whole fraction of a second so every step lands on the boundaries too.</summary>
    public static TimeSpan Step(TimeSpan progressEvery)
    {
        if (progressEvery <= TimeSpan.Zero || progressEvery >= Second) return Second;
        return Second / Math.Ceiling(Second / progressEvery);
    }

    /// <summary>How long from <paramref name="now"/> to the next step boundary (plus <see cref="AfterBoundary"/>).</summary>
    public static TimeSpan UntilNextStep(DateTimeOffset now, TimeSpan step)
    {
        var intoSecond = TimeSpan.FromTicks(now.UtcTicks % Second.Ticks);
        var intoStep = TimeSpan.FromTicks(intoSecond.Ticks % step.Ticks);
        return step - intoStep + AfterBoundary;
    }
}
