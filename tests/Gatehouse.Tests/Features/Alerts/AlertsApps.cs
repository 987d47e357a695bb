using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Channels;
using Gatehouse.Server.Features.Alerts.Engine;
using Gatehouse.Server.Features.Alerts.Metrics;
using Gatehouse.Server.Features.Alerts.Notifications;
using Gatehouse.Server.Infrastructure.Events;
using Gatehouse.Tests.Infrastructure;
using Gatehouse.Tests.Infrastructure.Events;
using Microsoft.Extensions.DependencyInjection;

namespace Gatehouse.Tests.Features.Alerts;

/// <summary>What the alert tests need on a live app: scripted metrics, a real SMTP sink, an outbox recorder.</summary>
public interface IAlertsApp
{
    ScriptedAlertMetrics Metrics { get; }
    SmtpSink Sink { get; }
    RecordingSubscriber Events { get; }
}

public static class AlertsSettings
{
    /// <summary>The scheduler is held off (a day between passes): tests run passes themselves after moving the clock.</summary>
    public static Dictionary<string, string?> For(SmtpSink sink, IReadOnlyDictionary<string, string?> settings)
    {
        var all = new Dictionary<string, string?>(settings)
        {
            ["Gatehouse:Alerts:EvaluateEvery"] = "1.00:00:00",
            ["Gatehouse:Alerts:AllowLoopback"] = "true",
            ["Gatehouse:Smtp:Host"] = "127.0.0.1",
            ["Gatehouse:Smtp:Port"] = sink.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Gatehouse:Smtp:Security"] = "none",
            ["Gatehouse:Smtp:From"] = "Gatehouse Alerts <alerts@gatehouse.test>",
        };
        return all;
    }

    public static void AddServices(IServiceCollection services, IAlertsApp app)
    {
        services.AddSingleton<IAlertMetrics>(app.Metrics);
        services.AddSingleton<IDomainEventSubscriber>(app.Events);
    }
}

public sealed class AlertsRecorder : RecordingSubscriber
{
    public override string Name => "test.alerts";
}

public class AlertsSqliteApp : LiveSqliteApp, IAlertsApp
{
    public ScriptedAlertMetrics Metrics { get; } = new();
    public SmtpSink Sink { get; private set; } = null!;
    public RecordingSubscriber Events { get; } = new AlertsRecorder();

    protected override IReadOnlyDictionary<string, string?> ExtraSettings => AlertsSettings.For(Sink, base.ExtraSettings);
    protected override void ConfigureTestServices(IServiceCollection services) => AlertsSettings.AddServices(services, this);

    public override async Task InitializeAsync()
    {
        Sink = await SmtpSink.StartAsync();
        await base.InitializeAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Sink.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

public class AlertsPostgresApp : LivePostgresApp, IAlertsApp
{
    public ScriptedAlertMetrics Metrics { get; } = new();
    public SmtpSink Sink { get; private set; } = null!;
    public RecordingSubscriber Events { get; } = new AlertsRecorder();

    protected override IReadOnlyDictionary<string, string?> ExtraSettings => AlertsSettings.For(Sink, base.ExtraSettings);
    protected override void ConfigureTestServices(IServiceCollection services) => AlertsSettings.AddServices(services, this);

    public override async Task InitializeAsync()
    {
        Sink = await SmtpSink.StartAsync();
        await base.InitializeAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Sink.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

/// <summary>Alert API calls and engine steps, as the tests need them.</summary>
public static class AlertsKit
{
    public static async Task<JsonElement> CreateRuleAsync(this HttpClient admin, object rule) =>
        await (await admin.PostAsJsonAsync("/api/v1/alerts", rule)).ShouldBeAsync(HttpStatusCode.Created);

    public static object Condition(string metric, string comparator, double threshold, int windowSeconds = 60, long minSamples = 0,
        double? clearThreshold = null, string? segment = null) =>
        new { metric, comparator, threshold, window_seconds = windowSeconds, min_samples = minSamples, clear_threshold = clearThreshold, segment };

    /// <summary>Moves the fake clock, then runs one evaluation pass as the scheduler would.</summary>
    public static async Task StepAsync(this ILiveApp app, TimeSpan by)
    {
        app.Clock.Advance(by);
        await app.Services.GetRequiredService<AlertEvaluator>().EvaluateAsync(CancellationToken.None);
    }

    public static async Task<string> StateAsync(this HttpClient admin, Guid rule) =>
        (await admin.GetJsonAsync($"/api/v1/alerts/{rule}")).GetProperty("state").GetString()!;

    public static async Task<List<(string From, string To)>> HistoryAsync(this HttpClient admin, Guid rule) =>
        [.. (await admin.GetJsonAsync($"/api/v1/alerts/{rule}/history")).GetProperty("items").EnumerateArray()
            .Select(t => (t.GetProperty("from").GetString()!, t.GetProperty("to").GetString()!)).Reverse()];

    /// <summary>Notification attempts as the worker commits them.</summary>
    public static Channel<AlertNotification> FollowNotifications(this ILiveApp app)
    {
        var channel = Channel.CreateUnbounded<AlertNotification>();
        app.Services.GetRequiredService<NotificationSignal>().AttemptRecorded += n => channel.Writer.TryWrite(n);
        return channel;
    }

    public static async Task<T> NextAsync<T>(this Channel<T> channel, Func<T, bool> match)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (true)
        {
            var item = await channel.Reader.ReadAsync(cts.Token);
            if (match(item)) return item;
        }
    }
}
