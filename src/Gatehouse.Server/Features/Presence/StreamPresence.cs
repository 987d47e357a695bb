using Gatehouse.Server.Features.Presence.Model;
using Gatehouse.Server.Features.Presence.Observers;
using Gatehouse.Server.Features.Presence.Registry;
using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Realtime;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Presence;

/// <summary>
/// <c>GET /api/v1/presence/stream</c>: the presence topic as Server-Sent Events (curl-friendly).
/// With <c>Last-Event-ID</c> still in the replay buffer the stream resumes where it stopped;
/// otherwise it starts with a <c>presence.snapshot</c> event.
/// </summary>
public static class StreamPresence
{
    public static async Task<Results<EmptyHttpResult, ValidationProblem>> Handle(
        HttpContext http, [AsParameters] GetPresence.FilterQuery query, AccessService access, CurrentActor actor,
        PresenceFanout fanout, PresenceSnapshots snapshots, IOptions<PresenceOptions> options, PresenceMetrics metrics, ILogger<PresenceObserver> logger,
        CancellationToken ct)
    {
        var v = new Validator();
        var filter = PresenceFilterRequest.FromQuery(query.Roles, query.Statuses, query.UserIds, query.ExcludeOffline, v)
            .Build(await access.RolesForReadingAsync(ct), v);
        if (filter is null) return Problems.Validation(v.Errors);

        ServerSentEvents.Start(http);

        var seeInvisible = actor.Has(Permissions.PresenceSeeInvisible);
        var sink = new SsePresenceSink(http);
        var observer = new PresenceObserver(actor.UserId!.Value, filter, seeInvisible, sink, options.Value, metrics, logger);
        observer.Ended += fanout.Detach;
        var resumeFrom = ServerSentEvents.LastEventId(http);
        if (resumeFrom is null || !fanout.TryResume(observer, resumeFrom.Value))
        {
            var position = fanout.Attach(observer);
            var snapshot = await snapshots.LiveAsync(filter, seeInvisible, ct);
            observer.MarkDelivered(snapshot);
            await sink.SendSnapshotAsync(position, snapshot, ct);
        }
        else
        {
            await http.Response.Body.FlushAsync(ct); // headers out now: the client knows it resumed
        }

        observer.Start();
        try
        {
            await observer.Completion.WaitAsync(ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
        finally
        {
            await observer.EndAsync(PresenceObserver.ReasonUnsubscribed);
        }
        return TypedResults.Empty;
    }
}
