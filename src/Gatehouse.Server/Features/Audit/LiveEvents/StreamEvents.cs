using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Events;
using Gatehouse.Server.Infrastructure.Realtime;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gatehouse.Server.Features.Audit.LiveEvents;

/// <summary>
/// <c>GET /api/v1/events/stream</c>: the <c>events</c> topic as Server-Sent Events, for clients
/// that do not speak SignalR (curl, EventSource). Each event's id is its outbox sequence; with
/// <c>Last-Event-ID</c> the stream first replays what it missed from the outbox (within the
/// event retention), then continues live.
/// </summary>
public static class StreamEvents
{
    private static readonly TimeSpan KeepAliveEvery = TimeSpan.FromSeconds(20);

    /// <param name="Types">Comma-separated event types or prefixes (<c>user.*,role.updated</c>).</param>
    /// <param name="AggregateTypes">Comma-separated aggregate types (<c>user,role</c>).</param>
    public sealed record Query(string? Types = null, string? AggregateTypes = null);

    public static async Task<Results<EmptyHttpResult, ValidationProblem>> Handle(
        HttpContext http, [AsParameters] Query query, CurrentActor actor, LiveEventsRelay relay, OutboxStore outbox, TimeProvider time,
        CancellationToken ct)
    {
        var filter = new EventsFilter(Split(query.Types), Split(query.AggregateTypes));
        if (filter.UnknownType() is { } unknown)
        {
            var v = new Validator();
            v.Add("types", Messages.Get("events.type_unknown", unknown));
            return Problems.Validation(v.Errors);
        }

        ServerSentEvents.Start(http);
        var sink = new SseEventsSink(http, actor.UserId!.Value);
        var subscription = relay.Attach(sink, filter);
        try
        {
            var alreadySent = 0L;
            if (ServerSentEvents.LastEventId(http) is { } last)
            {
                // Everything up to the relay's position is in the outbox; later events are queued.
                var upTo = relay.Position;
                for (var from = last; from < upTo;)
                {
                    var page = await outbox.ReadAfterAsync(from, 200, ct);
                    if (page.Count == 0) break;
                    var missed = page.Where(e => e.Sequence <= upTo && filter.Matches(e)).ToArray();
                    if (missed.Length > 0) await sink.SendAsync(missed);
                    from = page[^1].Sequence;
                }
                alreadySent = Math.Max(last, upTo);
            }
            await http.Response.Body.FlushAsync(ct); // headers out now: the client knows it is subscribed
            subscription.Start(alreadySent);

            while (!subscription.Completion.IsCompleted)
            {
                var beat = Task.Delay(KeepAliveEvery, time, ct);
                if (await Task.WhenAny(subscription.Completion, beat) == beat) await sink.KeepAliveAsync(ct);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
        finally
        {
            await subscription.EndAsync(LiveProtocol.ReasonUnsubscribed);
        }
        return TypedResults.Empty;
    }

    private static string[]? Split(string? list) =>
        string.IsNullOrWhiteSpace(list) ? null : list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
