using Gatehouse.Server.Features.Auth.Contracts;
using Gatehouse.Server.Infrastructure.Security;

namespace Gatehouse.Server.Features.Auth;

/// <summary>The <c>include</c> list of a session's renewal: <c>me</c>, and what features add (<see cref="IRefreshInclude"/>).</summary>
public static class RefreshIncludes
{
    /// <param name="Me">The member's <c>GET /auth/me</c> answer was asked for.</param>
    /// <param name="Features">The features' parts asked for, each once.</param>
    public sealed record Asked(bool Me, IReadOnlyList<IRefreshInclude> Features);

    /// <summary>Null when a value is not one of <see cref="Names"/>.</summary>
    public static Asked? Parse(string? include, string me, IEnumerable<IRefreshInclude> features)
    {
        if (include is null) return new Asked(false, []);
        var wantsMe = false;
        var asked = new List<IRefreshInclude>();
        foreach (var name in include.Split(',', StringSplitOptions.TrimEntries))
        {
            if (name == me) wantsMe = true;
            else if (features.FirstOrDefault(f => f.Name == name) is { } feature) { if (!asked.Contains(feature)) asked.Add(feature); }
            else return null;
        }
        return new Asked(wantsMe, asked);
    }

    public static string Names(string me, IEnumerable<IRefreshInclude> features) =>
        string.Join(", ", features.Select(f => f.Name).Prepend(me));

    /// <summary>
    /// Reads the features' parts as the renewed session's member, with the same actor an access token of that session
    /// would load (permissions, two-factor enrolment). Null when none was asked for or none may be read.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, object>?> ReadAsync(
        HttpContext http, Guid userId, Guid sessionId, IReadOnlyList<IRefreshInclude> asked, CancellationToken ct)
    {
        if (asked.Count == 0 || await SessionPrincipal.LoadActorAsync(http, userId, sessionId) is not null) return null;
        var actor = http.RequestServices.GetRequiredService<CurrentActor>();
        // Until enrolled, such a member reaches only the self-service endpoints, which no part stands for.
        if (actor.MustEnrolTwoFactor) return null;
        Dictionary<string, object>? included = null;
        foreach (var feature in asked)
            if (await feature.ReadAsync(actor, ct) is { } part) (included ??= [])[feature.Name] = part;
        return included;
    }
}
