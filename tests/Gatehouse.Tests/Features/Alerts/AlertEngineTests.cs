using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gatehouse.Server.Features.Alerts.Notifications;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Tests.Features.Webhooks;
using Gatehouse.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gatehouse.Tests.Features.Alerts;

/// <summary>
/// The engine in a real server on a real database, metrics scripted through its port, the clock
/// faked: states, history, the analytics.alert event, and notices to a real SMTP server and a real
/// HTTP receiver on loopback.
/// </summary>
public abstract class AlertEngineTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp, ILiveApp, IAlertsApp
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    private static async Task<Guid> EmailChannelAsync(HttpClient owner, string recipient) =>
        (await (await owner.PostAsJsonAsync("/api/v1/alert-channels", new { name = "Ops mail", kind = "email", recipients = new[] { recipient } }))
            .ShouldBeAsync(HttpStatusCode.Created)).GetProperty("channel").GetProperty("id").GetGuid();

    private static async Task<(Guid Id, string Secret)> WebhookChannelAsync(HttpClient owner, Uri url)
    {
        var created = await (await owner.PostAsJsonAsync("/api/v1/alert-channels", new { name = "Pager", kind = "webhook", url = url.ToString() }))
            .ShouldBeAsync(HttpStatusCode.Created);
        return (created.GetProperty("channel").GetProperty("id").GetGuid(), created.GetProperty("secret").GetString()!);
    }

    [Fact]
    public async Task An_error_rate_rule_goes_pending_fires_after_its_for_duration_notifies_by_mail_and_webhook_and_resolves()
    {
        using var owner = await app.OwnerAsync();
        await using var receiver = await WebhookReceiver.StartAsync();
        var recipient = Api.Unique("oncall") + "@ops.test";
        var mail = await EmailChannelAsync(owner, recipient);
        var hook = await WebhookChannelAsync(owner, receiver.Url);
        var segment = "endpoint:" + Api.Unique("GET /api/v1/e");
        var rule = (await owner.CreateRuleAsync(new
        {
            name = "5xx rate",
            conditions = new[] { AlertsKit.Condition("error_rate_5xx", "gt", 0.01, windowSeconds: 60, minSamples: 20, segment: segment) },
            for_seconds = 60,
            keep_firing_seconds = 30,
            channel_ids = new[] { mail, hook.Id },
        })).GetProperty("id").GetGuid();

        app.Metrics.Set("error_rate_5xx", 0.4, 200, segment);
        await app.StepAsync(Second);
        Assert.Equal("pending", await owner.StateAsync(rule));
        await app.StepAsync(TimeSpan.FromSeconds(60) - TimeSpan.FromMilliseconds(1));
        Assert.Equal("pending", await owner.StateAsync(rule));
        await app.StepAsync(TimeSpan.FromMilliseconds(1));
        Assert.Equal("firing", await owner.StateAsync(rule));

        var firingMail = await app.Sink.MessageToAsync(recipient, "FIRING");
        Assert.Contains("FIRING: 5xx rate", firingMail, StringComparison.Ordinal);
        Assert.Contains("error_rate_5xx", firingMail, StringComparison.Ordinal);
        var posted = await receiver.NextAsync();
        Assert.True(StandardWebhooksVerifier.Verify(hook.Secret, posted.Id, posted.Timestamp, posted.Body, posted.Signature));
        var body = JsonDocument.Parse(posted.Body).RootElement;
        Assert.Equal("analytics.alert", body.GetProperty("type").GetString());
        Assert.Equal("firing", body.GetProperty("state").GetString());
        Assert.Equal(0.4, body.GetProperty("conditions")[0].GetProperty("value").GetDouble());
        var fired = await app.Events.WaitForAsync(e => e.Type == "analytics.alert" && e.AggregateId == rule.ToString());
        Assert.Equal("firing", fired.Payload.GetProperty("state").GetString());

        // Errors stop: still firing during keep_firing, then resolved, and told so.
        app.Metrics.Set("error_rate_5xx", 0.0, 200, segment);
        await app.StepAsync(Second);
        await app.StepAsync(TimeSpan.FromSeconds(29));
        Assert.Equal("firing", await owner.StateAsync(rule));
        await app.StepAsync(Second);
        Assert.Equal("resolved", await owner.StateAsync(rule));
        var resolvedPost = await receiver.NextAsync();
        Assert.Equal("resolved", JsonDocument.Parse(resolvedPost.Body).RootElement.GetProperty("state").GetString());
        Assert.NotEqual(posted.Id, resolvedPost.Id);
        await app.Events.WaitForAsync(e => e.Type == "analytics.alert" && e.AggregateId == rule.ToString() && e.Payload.GetProperty("state").GetString() == "resolved");
        Assert.Contains("error_rate_5xx", await app.Sink.MessageToAsync(recipient, "RESOLVED: 5xx rate"), StringComparison.Ordinal);

        Assert.Equal([("normal", "pending"), ("pending", "firing"), ("firing", "resolved")], await owner.HistoryAsync(rule));
    }

    [Fact]
    public async Task A_thin_window_never_fires_whatever_its_error_rate()
    {
        using var owner = await app.OwnerAsync();
        var segment = "role:" + Api.Unique("r");
        var rule = (await owner.CreateRuleAsync(new
        {
            name = "guarded",
            conditions = new[] { AlertsKit.Condition("error_rate_5xx", "gt", 0.01, minSamples: 20, segment: segment) },
        })).GetProperty("id").GetGuid();
        app.Metrics.Set("error_rate_5xx", 0.5, 2, segment); // 1 failed request out of 2
        await app.StepAsync(Second);
        await app.StepAsync(TimeSpan.FromMinutes(5));
        Assert.Equal("normal", await owner.StateAsync(rule));
        Assert.Empty(await owner.HistoryAsync(rule));
        app.Metrics.Set("error_rate_5xx", 0.5, 40, segment);
        await app.StepAsync(Second);
        Assert.Equal("firing", await owner.StateAsync(rule));
    }

    [Fact]
    public async Task Hysteresis_keeps_a_value_hovering_at_the_threshold_from_flapping()
    {
        using var owner = await app.OwnerAsync();
        var segment = "endpoint:" + Api.Unique("GET /h");
        var rule = (await owner.CreateRuleAsync(new
        {
            name = "slow",
            conditions = new[] { AlertsKit.Condition("latency_p95", "gt", 500, clearThreshold: 400, segment: segment) },
        })).GetProperty("id").GetGuid();
        foreach (var value in new[] { 510.0, 490, 505, 480, 499, 520 })
        {
            app.Metrics.Set("latency_p95", value, 100, segment);
            await app.StepAsync(Second);
        }
        Assert.Equal([("normal", "firing")], await owner.HistoryAsync(rule));
        app.Metrics.Set("latency_p95", 390, 100, segment);
        await app.StepAsync(Second);
        Assert.Equal("resolved", await owner.StateAsync(rule));
    }

    [Fact]
    public async Task A_compound_rule_fires_only_when_every_condition_holds()
    {
        using var owner = await app.OwnerAsync();
        var segment = "version:" + Api.Unique("v");
        var rule = (await owner.CreateRuleAsync(new
        {
            name = "errors and slow",
            match = "all",
            conditions = new[]
            {
                AlertsKit.Condition("errors_5xx", "gt", 100, segment: segment),
                AlertsKit.Condition("latency_p95", "gt", 500, segment: segment),
            },
        })).GetProperty("id").GetGuid();
        app.Metrics.Set("errors_5xx", 150, 1000, segment);
        app.Metrics.Set("latency_p95", 120, 1000, segment);
        await app.StepAsync(Second);
        Assert.Equal("normal", await owner.StateAsync(rule));
        app.Metrics.Set("latency_p95", 900, 1000, segment);
        await app.StepAsync(Second);
        Assert.Equal("firing", await owner.StateAsync(rule));
        Assert.Contains(TimeSpan.FromSeconds(60), app.Metrics.WindowsRead);
    }

    [Fact]
    public async Task A_silenced_rule_changes_state_but_nobody_is_notified_until_the_silence_ends()
    {
        using var owner = await app.OwnerAsync();
        var recipient = Api.Unique("quiet") + "@ops.test";
        var mail = await EmailChannelAsync(owner, recipient);
        var segment = "region:" + Api.Unique("r");
        var rule = (await owner.CreateRuleAsync(new
        {
            name = "silenced",
            conditions = new[] { AlertsKit.Condition("sign_ins", "lt", 1, segment: segment) },
            channel_ids = new[] { mail },
        })).GetProperty("id").GetGuid();
        await (await owner.PostAsJsonAsync("/api/v1/alert-silences", new
        {
            rule_id = rule,
            ends_at = app.Clock.GetUtcNow().AddMinutes(10),
            reason = "maintenance",
        })).ShouldBeAsync(HttpStatusCode.Created);

        app.Metrics.Set("sign_ins", 0, 0, segment);
        await app.StepAsync(Second);
        Assert.Equal("firing", await owner.StateAsync(rule));
        var history = await owner.GetJsonAsync($"/api/v1/alerts/{rule}/history");
        Assert.True(history.GetProperty("items")[0].GetProperty("silenced").GetBoolean());
        Assert.True((await owner.GetJsonAsync($"/api/v1/alerts/{rule}")).GetProperty("silenced").GetBoolean());
        await using (var scope = app.Services.CreateAsyncScope())
            Assert.False(await scope.ServiceProvider.GetRequiredService<GatehouseDb>().Set<AlertNotification>().AnyAsync(n => n.RuleId == rule));

        // After the silence: the next transition is told.
        app.Metrics.Set("sign_ins", 5, 5, segment);
        await app.StepAsync(TimeSpan.FromMinutes(11));
        Assert.Equal("resolved", await owner.StateAsync(rule));
        Assert.Contains("RESOLVED: silenced", await app.Sink.MessageToAsync(recipient), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_webhook_notice_is_retried_on_the_schedule_with_the_same_message_id()
    {
        using var owner = await app.OwnerAsync();
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Status = 503;
        var hook = await WebhookChannelAsync(owner, receiver.Url);
        var attempts = app.FollowNotifications();
        var segment = "device:" + Api.Unique("d");
        var rule = (await owner.CreateRuleAsync(new
        {
            name = "retried",
            conditions = new[] { AlertsKit.Condition("active_users", "gt", 10, segment: segment) },
            channel_ids = new[] { hook.Id },
        })).GetProperty("id").GetGuid();
        app.Metrics.Set("active_users", 50, 1, segment);
        await app.StepAsync(Second);
        var failed = await attempts.NextAsync(n => n.RuleId == rule);
        Assert.Equal(NotificationStatuses.Pending, failed.Status);
        Assert.Equal("the receiver answered 503", failed.LastError);

        receiver.Status = 200;
        app.Clock.Advance(TimeSpan.FromSeconds(10));
        var sent = await attempts.NextAsync(n => n.RuleId == rule);
        Assert.Equal(NotificationStatuses.Sent, sent.Status);
        Assert.Equal(2, sent.Attempts);
        var got = await receiver.NextAsync();
        Assert.Equal("msg_" + failed.Id.ToString("N"), got.Id);
    }

    [Fact]
    public async Task The_test_action_sends_through_the_channel_and_says_whether_it_arrived()
    {
        using var owner = await app.OwnerAsync();
        var recipient = Api.Unique("test") + "@ops.test";
        var mail = await EmailChannelAsync(owner, recipient);
        var ok = await (await owner.PostAsync($"/api/v1/alert-channels/{mail}/test", null)).ShouldBeAsync(HttpStatusCode.OK);
        Assert.True(ok.GetProperty("delivered").GetBoolean());
        Assert.Contains("Test notification", await app.Sink.MessageToAsync(recipient), StringComparison.Ordinal);

        await using var receiver = await WebhookReceiver.StartAsync();
        var url = receiver.Url;
        await receiver.DisposeAsync(); // nobody listens there any more
        var hook = await WebhookChannelAsync(owner, url);
        var down = await (await owner.PostAsync($"/api/v1/alert-channels/{hook.Id}/test", null)).ShouldBeAsync(HttpStatusCode.OK);
        Assert.False(down.GetProperty("delivered").GetBoolean());
        Assert.False(string.IsNullOrEmpty(down.GetProperty("error").GetString()));
    }

    [Fact]
    public async Task The_backtest_counts_how_often_a_draft_rule_would_have_fired_from_the_stored_history()
    {
        using var owner = await app.OwnerAsync();
        var segment = "type:" + Api.Unique("t");
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var start = new DateTime(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, DateTimeKind.Utc);
        // Two spikes of 3 minutes in the last day, one more 3 days ago.
        var points = Enumerable.Range(1, 7 * 24 * 60).Select(i => start.AddMinutes(-i)).Select(at =>
        {
            var ago = start - at;
            var spike = ago is { TotalMinutes: > 60 and <= 63 } || ago is { TotalMinutes: > 600 and <= 603 } || ago is { TotalMinutes: > 4320 and <= 4323 };
            return new Server.Features.Alerts.Metrics.AlertPoint(at, spike ? 0.3 : 0.001, 500);
        }).OrderBy(p => p.At).ToList();
        app.Metrics.SetHistory("error_rate_5xx", points, segment);

        var result = await (await owner.PostAsJsonAsync("/api/v1/alerts/backtest", new
        {
            conditions = new[] { AlertsKit.Condition("error_rate_5xx", "gt", 0.05, minSamples: 20, segment: segment) },
            for_seconds = 120,
        })).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(2, result.GetProperty("last_day").GetProperty("fired").GetInt32());
        Assert.Equal(3, result.GetProperty("last_week").GetProperty("fired").GetInt32());
        Assert.Equal(60, result.GetProperty("last_week").GetProperty("step_seconds").GetInt32());

        // A "for" longer than the spikes: it would never have fired.
        var quiet = await (await owner.PostAsJsonAsync("/api/v1/alerts/backtest", new
        {
            conditions = new[] { AlertsKit.Condition("error_rate_5xx", "gt", 0.05, segment: segment) },
            for_seconds = 600,
        })).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(0, quiet.GetProperty("last_week").GetProperty("fired").GetInt32());
    }
}

public sealed class AlertEngineTests_Sqlite(AlertsSqliteApp app) : AlertEngineTests<AlertsSqliteApp>(app);

public sealed class AlertEngineTests_Postgres(AlertsPostgresApp app) : AlertEngineTests<AlertsPostgresApp>(app);
