using System.Text.Json;
using Gatehouse.Server.Features.Alerts.Notifications;
using Gatehouse.Server.Features.Alerts.Rules;
using Gatehouse.Server.Infrastructure;
using Gatehouse.Server.Infrastructure.Events;

namespace Gatehouse.Server.Features.Alerts.Engine;

/// <summary>The <c>analytics.alert</c> payload, shared by the outbox event, webhook notices and e-mails.</summary>
/// <param name="Test">True for a "send test notification" notice.</param>
public sealed record AlertNotice(
    string Type, Guid? RuleId, string RuleName, string State, string PreviousState, DateTime At,
    IReadOnlyList<ConditionResult> Conditions, bool Silenced, bool Test = false);

public static class AlertNotices
{
    public const string EventType = DomainEventTypes.AnalyticsAlert;
    public const string AggregateType = "alert";

    public static AlertNotice Of(AlertRule rule, string from, string to, DateTime at, IReadOnlyList<ConditionResult> conditions, bool silenced) =>
        new(EventType, rule.Id, rule.Name, to, from, at, conditions, silenced);

    public static string Subject(AlertNotice n) => n.Test
        ? "[Gatehouse] Test notification"
        : $"[Gatehouse] {n.State.ToUpperInvariant()}: {n.RuleName}";

    public static AlertNotification Notification(AlertNotice notice, Guid channelId, DateTime now) => new()
    {
        ChannelId = channelId,
        RuleId = notice.RuleId,
        Kind = notice.Test ? "test" : notice.State,
        Subject = Subject(notice),
        Body = JsonSerializer.Serialize(notice, GatehouseJson.Options),
        CreatedAt = now,
        NextAttemptAt = now,
    };

    /// <summary>A transition worth telling people about: into firing, or firing resolved.</summary>
    public static bool IsNotified(string to) => to is AlertStates.Firing or AlertStates.Resolved;
}
