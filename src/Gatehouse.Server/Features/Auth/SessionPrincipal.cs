using System.Security.Claims;
using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure;
using Gatehouse.Server.Infrastructure.Events;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Auth;

/// <summary>
/// A request made in a member's sign-in session, whatever carried the session (an access token, a hub's
/// socket ticket): the same checks, the same actor, the same principal.
/// </summary>
public static class SessionPrincipal
{
    public const string Subject = "sub";
    public const string Session = "sid";

    /// <summary>
    /// One round trip: the session, what tells whether this node's copy of the member's access is current (their
    /// version, the outbox's position for role changes) and the two-factor enrolment. Compiled: it runs on every request.
    /// </summary>
    private static readonly CompiledQueries.PerModel<Func<GatehouseDb, Guid, CancellationToken, Task<SessionCheck?>>> CheckSession = new(() =>
        EF.CompileAsyncQuery(CompiledQueries.Inline<Func<GatehouseDb, Guid, CancellationToken, SessionCheck?>>((db, sessionId, ct) =>
            // db.Set<T>() rather than the features' table properties: an expression tree takes no extension property.
            db.Set<RefreshSession>().AsNoTracking().Where(s => s.Id == sessionId).Select(s => new SessionCheck(
                s.UserId, s.RevokedAt, s.SteppedUpAt,
                MemberAccounts.VersionOf.Call(db, s.UserId),
                db.Set<TwoFactor.TwoFactorEnrolment>().Any(t => t.UserId == s.UserId && t.ConfirmedAt != null),
                db.OutboxMessages.Max(m => (long?)m.Sequence))).FirstOrDefault())));

    private sealed record SessionCheck(Guid UserId, DateTime? RevokedAt, DateTime? SteppedUpAt, int? Version, bool TwoFactor, long? Outbox);

    /// <summary>
    /// The session must still be live and the account active; then the actor and their permissions are
    /// loaded for this request. Null when it may go on; else why not.
    /// </summary>
    public static async Task<string?> LoadActorAsync(HttpContext http, Guid userId, Guid sessionId)
    {
        var sp = http.RequestServices;
        var ct = http.RequestAborted;
        var db = sp.GetRequiredService<GatehouseDb>();
        var session = await CheckSession.For(db)(db, sessionId, ct);
        if (session is null || session.RevokedAt is not null || session.UserId != userId) return "The session has ended.";
        // A hub's requests (its negotiate and its connection) do not keep the member in the copy (see GetAsync).
        var keep = http.GetEndpoint()?.Metadata.GetMetadata<HubMetadata>() is null;
        var access = session.Version is { } version
            ? await sp.GetRequiredService<ActorAccessCache>().GetAsync(db, userId, version, session.Outbox ?? 0, ct, keep)
            : null;
        var now = sp.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        if (access is null || !access.Access.User.IsActive(now)) return "The account is not active.";
        var actor = sp.GetRequiredService<CurrentActor>();
        actor.Load(access.Identity, sessionId, access.Granted);
        sp.GetRequiredService<RequestRoles>().Current = access.Roles;
        sp.GetRequiredService<RequestOutboxPosition>().Read = session.Outbox ?? 0;
        actor.IsSteppedUp = session.SteppedUpAt is { } at && at + sp.GetRequiredService<IOptions<GatehouseOptions>>().Value.Security.StepUpWindow > now;
        actor.MustEnrolTwoFactor = !session.TwoFactor && sp.GetRequiredService<TwoFactor.TwoFactorPolicy>().Requires(access.Granted);
        return null;
    }

    /// <summary>Who and which session, nothing else: the principal lives as long as a hub connection.</summary>
    public static ClaimsPrincipal Of(Guid userId, Guid sessionId, string authenticationType) =>
        new(new SessionIdentity(userId, sessionId, authenticationType));
}
