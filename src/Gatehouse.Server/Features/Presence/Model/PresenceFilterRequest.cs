using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure.Errors;

namespace Gatehouse.Server.Features.Presence.Model;

/// <summary>The filter of a presence subscription or snapshot. Every part is optional; parts combine with AND.</summary>
/// <param name="Roles">Role ids or names: users holding any of them.</param>
/// <param name="Statuses">Any of <c>online idle dnd invisible offline</c>, as the observer sees them.</param>
/// <param name="UserIds">Only these users (at most 1000); named users appear in live snapshots even when offline.</param>
/// <param name="ExcludeOffline">Leave offline users out of snapshots.</param>
public sealed record PresenceFilterRequest(
    IReadOnlyList<string>? Roles = null, IReadOnlyList<string>? Statuses = null, IReadOnlyList<Guid>? UserIds = null, bool ExcludeOffline = false)
{
    public const int MaxUserIds = 1000;
    public const int MaxRoles = 50;

    /// <summary>The REST form: comma-separated lists in the query string.</summary>
    public static PresenceFilterRequest FromQuery(string? roles, string? statuses, string? userIds, bool? excludeOffline, Validator v)
    {
        static string[]? Split(string? text) =>
            string.IsNullOrWhiteSpace(text) ? null : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        List<Guid>? ids = null;
        if (Split(userIds) is { } parts)
        {
            ids = [];
            foreach (var part in parts)
                if (Guid.TryParse(part, out var id)) ids.Add(id);
                else v.Add("user_ids", Messages.Get("presence.user_id", part));
        }
        return new PresenceFilterRequest(Split(roles), Split(statuses), ids, excludeOffline ?? false);
    }

    public PresenceFilter? Build(RoleDirectory directory, Validator v)
    {
        var roleIds = new List<Guid>();
        if (Roles is { Count: > MaxRoles }) v.Add("roles", Messages.Get("presence.too_many", MaxRoles));
        foreach (var reference in Roles ?? [])
            if (directory.Resolve(reference) is { } role) roleIds.Add(role.Id);
            else v.Add("roles", Messages.Get("role.unknown", reference));
        foreach (var status in Statuses ?? [])
            if (!PresenceRules.IsStatusName(status)) v.Add("statuses", Messages.Get("status.unknown", string.Join(", ", UserStatuses.All)));
        if (UserIds is { Count: > MaxUserIds }) v.Add("user_ids", Messages.Get("presence.too_many", MaxUserIds));
        return v.IsValid ? new PresenceFilter(roleIds, Statuses, UserIds, ExcludeOffline) : null;
    }
}
