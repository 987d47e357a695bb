using System.Text.Json;
using Gatehouse.Server.Infrastructure;

namespace Gatehouse.Server.Features.Alerts.Rules;

/// <summary>A rule the engine evaluates as live windows close, and where it stands now.</summary>
public sealed class AlertRule
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public bool Enabled { get; set; } = true;
    /// <summary><see cref="AlertMatch.All"/> or <see cref="AlertMatch.Any"/>.</summary>
    public string Match { get; set; } = AlertMatch.All;
    /// <summary>The conditions as JSON (snake_case): a rule is read and written whole, never queried by condition.</summary>
    public string ConditionsJson { get; set; } = "[]";
    /// <summary>How long the conditions must hold before pending becomes firing.</summary>
    public int ForSeconds { get; set; }
    /// <summary>How long the conditions must stay clear before firing becomes resolved (stops flapping).</summary>
    public int KeepFiringSeconds { get; set; }
    public List<Guid> ChannelIds { get; set; } = [];
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public int Version { get; set; } = 1;

    // Where the rule stands; written by the engine only when it changes, never bumps Version.
    public string State { get; set; } = AlertStates.Normal;
    public DateTime StateSince { get; set; }
    /// <summary>While firing: since when the conditions have been clear (null while they hold).</summary>
    public DateTime? ClearSince { get; set; }
    /// <summary>Counts transitions: the version of the alert aggregate in events.</summary>
    public long TransitionCount { get; set; }

    public IReadOnlyList<AlertCondition> Conditions
    {
        get => JsonSerializer.Deserialize<List<AlertCondition>>(ConditionsJson, GatehouseJson.Options) ?? [];
        set => ConditionsJson = JsonSerializer.Serialize(value, GatehouseJson.Options);
    }
}
