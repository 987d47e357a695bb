using Gatehouse.Server.Infrastructure.Events;
using Gatehouse.Server.Infrastructure.Realtime;

namespace Gatehouse.Server.Features.Audit.LiveEvents;

/// <summary>The <c>events</c> topic as Server-Sent Events: one <c>event</c> per domain event, its id the outbox sequence.</summary>
public sealed class SseEventsSink(HttpContext http, Guid userId) : IEventsSink
{
    public const string EventName = "event";
    public const string EndedEvent = "ended";

    /// <summary>The pump, the replay and keep-alives write to one response: one at a time.</summary>
    private readonly SemaphoreSlim _write = new(1, 1);

    public Guid UserId => userId;

    public Task SendAsync(DomainEvent[] batch) => WriteAsync(writer =>
    {
        foreach (var e in batch) ServerSentEvents.Write(writer, e.Sequence, EventName, e);
    });

    public Task SendEndedAsync(string reason) =>
        WriteAsync(writer => ServerSentEvents.Write(writer, null, EndedEvent, new SubscriptionEnded(EventsTopic.TopicName, reason)));

    public async Task KeepAliveAsync(CancellationToken ct)
    {
        await _write.WaitAsync(ct);
        try
        {
            await ServerSentEvents.KeepAliveAsync(http, ct);
        }
        finally
        {
            _write.Release();
        }
    }

    public void Abort() => http.Abort();

    private async Task WriteAsync(Action<System.IO.Pipelines.PipeWriter> write)
    {
        await _write.WaitAsync();
        try
        {
            write(http.Response.BodyWriter);
            await http.Response.BodyWriter.FlushAsync();
        }
        finally
        {
            _write.Release();
        }
    }
}
