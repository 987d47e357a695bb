using System.Text.Json;
using System.Text.Json.Nodes;
using Gatehouse.Server.Infrastructure;

namespace Gatehouse.Server.Features.Audit.Contracts;

/// <summary>Before/after of the fields that changed, the payload of every update.</summary>
public static class AuditDiff
{
    public static JsonObject Of<T>(T before, T after, string? reason = null)
    {
        var b = JsonSerializer.SerializeToNode(before, GatehouseJson.Options)?.AsObject() ?? [];
        var a = JsonSerializer.SerializeToNode(after, GatehouseJson.Options)?.AsObject() ?? [];
        var changedBefore = new JsonObject();
        var changedAfter = new JsonObject();
        foreach (var (key, value) in a)
        {
            var old = b[key];
            if (JsonNode.DeepEquals(old, value)) continue;
            changedBefore[key] = old?.DeepClone();
            changedAfter[key] = value?.DeepClone();
        }
        var diff = new JsonObject { ["before"] = changedBefore, ["after"] = changedAfter };
        if (reason is not null) diff["reason"] = reason;
        return diff;
    }
}
