namespace Gatehouse.Server.Features.Alerts;

/// <summary>Alert engine and notification settings (<c>Gatehouse:Alerts</c>).</summary>
public sealed class AlertsOptions
{
    public const string Section = "Gatehouse:Alerts";

    /// <summary>How often every enabled rule is evaluated against the live windows.</summary>
    public TimeSpan EvaluateEvery { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Waits before each retry of a failed notification; after the last one it is given up.</summary>
    public TimeSpan[] RetrySchedule { get; set; } = [TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30)];

    /// <summary>Lets webhook channels call loopback http URLs (development and tests only).</summary>
    public bool AllowLoopback { get; set; }

    public TimeSpan WebhookTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public int MaxRules { get; set; } = 200;
}
