using System.Text.Json;
using Gatehouse.Server.Features.Alerts.Metrics;
using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Http;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Gatehouse.Server.Features.Alerts.Rules;

public static class UpdateAlertRule
{
    /// <summary>Fields to change; absent fields stay. Disabling a rule returns it to normal (its notices stop).</summary>
    public sealed record Request(
        string? Name = null, IReadOnlyList<AlertCondition>? Conditions = null, string? Description = null, bool? Enabled = null,
        string? Match = null, int? ForSeconds = null, int? KeepFiringSeconds = null, IReadOnlyList<string>? ChannelIds = null);

    public static async Task<Results<Ok<AlertRuleResponse>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid id, Request request, HttpContext http, GatehouseDb db, IAuditLog audit, [FromServices] IAlertMetrics metrics, TimeProvider time,
        CancellationToken ct)
    {
        var v = new Validator();
        if (request.Name is not null) v.Required("name", request.Name);
        // Element checks of the channel list here; the rest of the merged rule is checked inside the write.
        AlertRuleRules.ValidateChannelElements(v, request.ChannelIds);
        var channels = await AlertRuleRules.ResolveChannelsAsync(v, db, request.ChannelIds, ct);
        if (!v.IsValid) return Problems.Validation(v.Errors);

        var now = time.GetUtcNow().UtcDateTime;
        ProblemHttpResult? stale = null;
        ValidationProblem? invalid = null;
        var rule = await db.WriteAsync(async c =>
        {
            var r = await AlertRuleRules.LoadAsync(db, id, c);
            if (Preconditions.CheckIfMatch(http, r.Version, "alert") is { } failed)
            {
                stale = failed;
                return r;
            }
            var merged = new AlertRuleInput(request.Name ?? r.Name, request.Conditions ?? r.Conditions, request.Description ?? r.Description,
                request.Enabled ?? r.Enabled, request.Match ?? r.Match, request.ForSeconds ?? r.ForSeconds,
                request.KeepFiringSeconds ?? r.KeepFiringSeconds);
            var check = new Validator();
            AlertRuleRules.Validate(check, merged, metrics);
            if (!check.IsValid)
            {
                invalid = Problems.Validation(check.Errors);
                return r;
            }
            var before = AlertRuleResponse.Settings(r);
            AlertRuleRules.Apply(r, merged, channels ?? r.ChannelIds);
            var after = AlertRuleResponse.Settings(r);
            if (JsonSerializer.Serialize(before) == JsonSerializer.Serialize(after)) return r;
            if (!r.Enabled) (r.State, r.StateSince, r.ClearSince) = (AlertStates.Normal, now, null);
            r.Version++;
            r.UpdatedAt = now;
            audit.Record(new AuditRecord("alert.updated", "alert", r.Id.ToString(), new { before, after }));
            return r;
        }, ct);
        if (stale is not null) return stale;
        if (invalid is not null) return invalid;
        Preconditions.SetETag(http, rule.Version);
        return TypedResults.Ok(AlertRuleResponse.Of(rule, await ListAlertRules.IsSilencedAsync(db, rule.Id, now, ct)));
    }
}
