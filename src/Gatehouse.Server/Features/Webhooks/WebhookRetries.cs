namespace Gatehouse.Server.Features.Webhooks;

/// <summary>When the next attempt of a failed delivery is due, if any.</summary>
public static class WebhookRetries
{
    /// <summary>A receiver may ask for more time with Retry-After, within reason.</summary>
    public static readonly TimeSpan MaxRetryAfter = TimeSpan.FromDays(1);

    /// <param name="attempts">Attempts made so far (at least 1).</param>
    /// <returns>Null when the schedule is exhausted.</returns>
    public static DateTime? NextAttempt(WebhooksOptions options, int attempts, DateTime now, TimeSpan? retryAfter, Random random)
    {
        if (attempts > options.RetrySchedule.Length) return null;
        var wait = options.RetrySchedule[attempts - 1];
        wait += TimeSpan.FromTicks((long)(wait.Ticks * options.Jitter * (random.NextDouble() * 2 - 1)));
        if (retryAfter is { } asked && asked > wait) wait = asked > MaxRetryAfter ? MaxRetryAfter : asked;
        return now + wait;
    }
}
