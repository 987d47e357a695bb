using Gatehouse.Server.Features.Alerts.Engine;
using Gatehouse.Server.Features.Alerts.Metrics;
using Gatehouse.Server.Features.Alerts.Rules;
using Microsoft.Extensions.Time.Testing;

namespace Gatehouse.Tests.Features.Alerts;

/// <summary>The state machine and condition checks on their own, stepped along a fake clock.</summary>
public sealed class AlertStateMachineTests
{
    private static readonly TimeSpan For = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan KeepFiring = TimeSpan.FromSeconds(30);

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero));
    private AlertRuntime _state;

    public AlertStateMachineTests() => _state = new AlertRuntime(AlertStates.Normal, Now, null);

    private DateTime Now => _clock.GetUtcNow().UtcDateTime;

    private string Step(bool met, double afterSeconds, TimeSpan? forDuration = null)
    {
        _clock.Advance(TimeSpan.FromSeconds(afterSeconds));
        _state = AlertStateMachine.Step(_state, met, Now, forDuration ?? For, KeepFiring);
        return _state.State;
    }

    [Fact]
    public void Pending_becomes_firing_only_once_the_condition_held_for_the_whole_for_duration()
    {
        Assert.Equal(AlertStates.Pending, Step(true, 1));
        Assert.Equal(AlertStates.Pending, Step(true, 30));
        Assert.Equal(AlertStates.Pending, Step(true, 29.9));
        Assert.Equal(AlertStates.Firing, Step(true, 0.1));
    }

    [Fact]
    public void A_condition_that_clears_while_pending_returns_to_normal_and_the_for_duration_starts_again()
    {
        Step(true, 1);
        Step(true, 50);
        Assert.Equal(AlertStates.Normal, Step(false, 1));
        Assert.Equal(AlertStates.Pending, Step(true, 1));
        Assert.Equal(AlertStates.Pending, Step(true, 59));
        Assert.Equal(AlertStates.Firing, Step(true, 1));
    }

    [Fact]
    public void Without_a_for_duration_the_rule_fires_at_once()
    {
        Assert.Equal(AlertStates.Firing, Step(true, 1, TimeSpan.Zero));
    }

    [Fact]
    public void Firing_resolves_only_after_the_condition_stayed_clear_for_keep_firing_and_a_blip_back_restarts_that_wait()
    {
        Step(true, 0, TimeSpan.Zero);
        Assert.Equal(AlertStates.Firing, Step(false, 1));
        Assert.Equal(AlertStates.Firing, Step(false, 20));
        Assert.Equal(AlertStates.Firing, Step(true, 1)); // back over the threshold: the clear spell is forgotten
        Assert.Null(_state.ClearSince);
        Assert.Equal(AlertStates.Firing, Step(false, 1));
        Assert.Equal(AlertStates.Firing, Step(false, 29));
        Assert.Equal(AlertStates.Resolved, Step(false, 1));
        Assert.Equal(AlertStates.Resolved, Step(false, 100));
        Assert.Equal(AlertStates.Pending, Step(true, 1));
    }

    [Fact]
    public void Stepping_twice_at_the_same_instant_changes_nothing_the_second_time()
    {
        Step(true, 1);
        var again = AlertStateMachine.Step(_state, true, Now, For, KeepFiring);
        Assert.Equal(_state, again);
    }

    [Theory]
    [InlineData(1, 2, false, true)] // 1 failed request out of 2: the guard holds
    [InlineData(50, 100, true, false)]
    [InlineData(0, 100, false, false)]
    public void The_minimum_sample_guard_keeps_a_thin_window_from_counting(double errors, long requests, bool met, bool guarded)
    {
        var condition = new AlertCondition("error_rate_5xx", null, AlertComparators.Above, 0.01, 60, MinSamples: 20);
        var result = ConditionCheck.Evaluate(condition, new AlertReading(errors / requests, requests), firing: false);
        Assert.Equal(met, result.Met);
        Assert.Equal(guarded, result.Guarded);
    }

    [Fact]
    public void Hysteresis_keeps_a_firing_condition_met_until_the_value_crosses_the_clear_threshold()
    {
        var condition = new AlertCondition("latency_p95", null, AlertComparators.Above, 500, 60, ClearThreshold: 400);
        Assert.False(ConditionCheck.Evaluate(condition, new AlertReading(450, 10), firing: false).Met);
        Assert.True(ConditionCheck.Evaluate(condition, new AlertReading(450, 10), firing: true).Met);
        Assert.False(ConditionCheck.Evaluate(condition, new AlertReading(399, 10), firing: true).Met);
        var below = new AlertCondition("active_users", null, AlertComparators.Below, 10, 60, ClearThreshold: 15);
        Assert.True(ConditionCheck.Evaluate(below, new AlertReading(12, 1), firing: true).Met);
        Assert.False(ConditionCheck.Evaluate(below, new AlertReading(16, 1), firing: true).Met);
    }

    [Fact]
    public void A_missing_value_never_meets_a_condition_whatever_the_comparator()
    {
        foreach (var comparator in AlertComparators.All)
            Assert.False(ConditionCheck.Evaluate(new AlertCondition("latency_p95", null, comparator, 0, 60), new AlertReading(null, 0), false).Met);
    }

    [Theory]
    [InlineData("all", true, true, true)]
    [InlineData("all", true, false, false)]
    [InlineData("any", true, false, true)]
    [InlineData("any", false, false, false)]
    public void Compound_conditions_combine_with_and_or_or(string match, bool errorsHigh, bool latencyHigh, bool expected)
    {
        // The spec's example: API errors > 100 AND latency p95 > 500 ms.
        var errors = ConditionCheck.Evaluate(new AlertCondition("errors_5xx", null, "gt", 100, 60), new AlertReading(errorsHigh ? 150 : 20, 1000), false);
        var latency = ConditionCheck.Evaluate(new AlertCondition("latency_p95", null, "gt", 500, 60), new AlertReading(latencyHigh ? 800 : 120, 1000), false);
        Assert.Equal(expected, ConditionCheck.Combine(match, [errors, latency]));
    }

    [Theory]
    [InlineData("gt", 5, 5, false)]
    [InlineData("gte", 5, 5, true)]
    [InlineData("lt", 4, 5, true)]
    [InlineData("lte", 6, 5, false)]
    public void Comparators_compare_the_value_with_the_threshold(string comparator, double value, double threshold, bool holds) =>
        Assert.Equal(holds, AlertComparators.Holds(comparator, value, threshold));
}
