using System.Text.Json;
using Gatehouse.Server.Features.Alerts.Metrics;
using Gatehouse.Server.Features.Alerts.Notifications;
using Gatehouse.Server.Features.Alerts.Rules;
using Gatehouse.Server.Features.Alerts.Silences;
using Gatehouse.Server.Infrastructure;
using Gatehouse.Server.Infrastructure.Events;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Alerts.Engine;

/// <summary>
/// One evaluation pass over every enabled rule: read the metrics, step each rule's state machine,
/// and commit what changed (state, history, the <c>analytics.alert</c> event, notices) in one
/// transaction. Nothing is written when nothing changed. Passes never overlap.
/// </summary>
public sealed class AlertEvaluator(IServiceScopeFactory scopes, AlertsLiveFeed feed, NotificationSignal notices, TimeProvider time)
{
    private readonly SemaphoreSlim _pass = new(1, 1);

    public async Task EvaluateAsync(CancellationToken ct)
    {
        await _pass.WaitAsync(ct);
        try
        {
            // Whole milliseconds: every provider stores them exactly, so "for" durations measure the same after a round trip.
            var now = time.GetUtcNow().UtcDateTime;
            now = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMillisecond));
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<GatehouseDb>();
            var metrics = scope.ServiceProvider.GetRequiredService<IAlertMetrics>();
            var rules = await db.Set<AlertRule>().Where(r => r.Enabled).ToListAsync(ct);
            var silences = await db.Set<AlertSilence>().AsNoTracking().Where(s => s.EndsAt > now).ToListAsync(ct);
            var changes = new List<AlertStateChange>();
            var anyNotice = false;
            foreach (var rule in rules)
            {
                var results = rule.Conditions
                    .Select(c => ConditionCheck.Evaluate(c, metrics.Read(c.Metric, TimeSpan.FromSeconds(c.WindowSeconds), AlertSegment.Parse(c.Segment)),
                        rule.State == AlertStates.Firing))
                    .ToList();
                var current = new AlertRuntime(rule.State, rule.StateSince, rule.ClearSince);
                var next = AlertStateMachine.Step(current, ConditionCheck.Combine(rule.Match, results), now,
                    TimeSpan.FromSeconds(rule.ForSeconds), TimeSpan.FromSeconds(rule.KeepFiringSeconds));
                if (next == current) continue;
                if (next.State != current.State)
                {
                    var silenced = silences.Any(s => s.Covers(rule.Id, now));
                    anyNotice |= Transition(scope.ServiceProvider, db, rule, current.State, next.State, now, results, silenced);
                    changes.Add(new AlertStateChange(rule.Id, next.State, current.State, now, results, silenced));
                }
                (rule.State, rule.StateSince, rule.ClearSince) = (next.State, next.StateSince, next.ClearSince);
            }
            if (db.ChangeTracker.HasChanges()) await db.WriteAsync(_ => Task.FromResult(0), ct);
            foreach (var change in changes) feed.Publish(change);
            if (anyNotice) notices.Notify();
            feed.PassDone(now);
        }
        finally
        {
            _pass.Release();
        }
    }

    /// <returns>True when notices were queued.</returns>
    private static bool Transition(IServiceProvider services, GatehouseDb db, AlertRule rule, string from, string to, DateTime now,
        IReadOnlyList<ConditionResult> results, bool silenced)
    {
        rule.TransitionCount++;
        db.Set<AlertTransition>().Add(new AlertTransition
        {
            RuleId = rule.Id,
            From = from,
            To = to,
            At = now,
            ValuesJson = JsonSerializer.Serialize(results, GatehouseJson.Options),
            Silenced = silenced,
        });
        if (!AlertNotices.IsNotified(to)) return false;
        var notice = AlertNotices.Of(rule, from, to, now, results, silenced);
        services.GetRequiredService<IDomainEvents>().Record(AlertNotices.EventType, AlertNotices.AggregateType, rule.Id.ToString(), rule.TransitionCount, notice);
        if (silenced) return false;
        foreach (var channelId in rule.ChannelIds) db.Set<AlertNotification>().Add(AlertNotices.Notification(notice, channelId, now));
        return rule.ChannelIds.Count > 0;
    }
}
