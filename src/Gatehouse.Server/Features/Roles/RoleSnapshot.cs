using System.Text.Json;
using Gatehouse.Server.Infrastructure;

namespace Gatehouse.Server.Features.Roles;

/// <summary>What a role version remembers: every editable field.</summary>
public sealed record RoleSnapshot(
    string Name, string? Description, string? Color, string? Icon, int Priority,
    IReadOnlyList<string> Allow, IReadOnlyList<string> Deny, IReadOnlyList<Guid> Inherits, bool Hoist)
{
    public static RoleSnapshot Of(Role r) =>
        new(r.Name, r.Description, r.Color, r.Icon, r.Priority, [.. r.Allow], [.. r.Deny], [.. r.Inherits], r.Hoist);

    public string ToJson() => JsonSerializer.Serialize(this, GatehouseJson.Options);

    public static RoleSnapshot FromJson(string json) =>
        JsonSerializer.Deserialize<RoleSnapshot>(json, GatehouseJson.Options)
        ?? throw new InvalidOperationException("Empty role snapshot.");

    /// <summary>Value equality, lists included (records compare lists by reference).</summary>
    public bool SameAs(RoleSnapshot other) =>
        Name == other.Name && Description == other.Description && Color == other.Color && Icon == other.Icon
        && Priority == other.Priority && Hoist == other.Hoist
        && Allow.Order().SequenceEqual(other.Allow.Order())
        && Deny.Order().SequenceEqual(other.Deny.Order())
        && Inherits.Order().SequenceEqual(other.Inherits.Order());

    /// <summary>Same grants, denials, inheritance and priority: nothing that decides a permission changed.</summary>
    public bool SameAccessAs(RoleSnapshot other) =>
        Priority == other.Priority
        && Allow.Order().SequenceEqual(other.Allow.Order())
        && Deny.Order().SequenceEqual(other.Deny.Order())
        && Inherits.Order().SequenceEqual(other.Inherits.Order());

    public void ApplyTo(Role r)
    {
        r.Name = Name;
        r.NameNormalized = Role.Normalize(Name);
        r.Description = Description;
        r.Color = Color;
        r.Icon = Icon;
        r.Priority = Priority;
        r.Allow = [.. Allow];
        r.Deny = [.. Deny];
        r.Inherits = [.. Inherits];
        r.Hoist = Hoist;
    }
}
