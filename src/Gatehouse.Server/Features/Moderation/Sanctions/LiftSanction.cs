using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gatehouse.Server.Features.Moderation.Sanctions;

/// <summary><c>POST /users/{id}/unmute|unban</c>: lifts at once. Nothing in force means nothing written.</summary>
public static class LiftSanction
{
    /// <param name="Reason">Why it is lifted early (optional, at most 500 characters).</param>
    public sealed record Request(string? Reason = null);

    /// <summary>The sanctions this call ended (empty when none was in force).</summary>
    public sealed record Response(IReadOnlyList<SanctionResponse> Lifted);

    public static Task<Results<Ok<Response>, ValidationProblem>> Unmute(Guid id, HttpContext http, SanctionWriter writer, TimeProvider time, CancellationToken ct) =>
        Lift(SanctionKinds.Mute, id, http, writer, time, ct);

    public static Task<Results<Ok<Response>, ValidationProblem>> Unban(Guid id, HttpContext http, SanctionWriter writer, TimeProvider time, CancellationToken ct) =>
        Lift(SanctionKinds.Ban, id, http, writer, time, ct);

    private static async Task<Results<Ok<Response>, ValidationProblem>> Lift(
        string kind, Guid id, HttpContext http, SanctionWriter writer, TimeProvider time, CancellationToken ct)
    {
        var reason = (await OptionalBody.ReadAsync<Request>(http))?.Reason;
        var v = new Validator();
        SanctionInput.Reason(v, "reason", reason, required: false);
        if (!v.IsValid) return Problems.Validation(v.Errors);
        var lifted = await writer.LiftAsync(kind, id, reason, ct);
        var now = time.GetUtcNow().UtcDateTime;
        return TypedResults.Ok(new Response([.. lifted.Select(s => SanctionResponse.Of(s, now))]));
    }
}
