using Gatehouse.Server.Features.Analytics.Contracts;
using Gatehouse.Server.Features.Analytics.Storage;
using Gatehouse.Server.Features.Analytics.Windows;
using Gatehouse.Server.Features.Presence.Contracts;

namespace Gatehouse.Server.Features.Analytics.Capture;

/// <summary>Gateway sessions opening and closing: the sessions and online-now gauges, and one event each.</summary>
public sealed class SessionCapture(OpenSessions sessions, EventPipeline pipeline, TimeProvider time) : IGatewaySessionObserver
{
    public void Opened(Guid userId, string connectionId, string platform)
    {
        sessions.Opened(userId, platform);
        pipeline.Capture(Make(ServerEventTypes.SessionOpened, userId, connectionId, platform));
    }

    public void Closed(Guid userId, string connectionId, string platform)
    {
        sessions.Closed(userId, platform);
        pipeline.Capture(Make(ServerEventTypes.SessionClosed, userId, connectionId, platform));
    }

    private RawEvent Make(string type, Guid userId, string connectionId, string platform)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return new RawEvent
        {
            Id = Guid.CreateVersion7(),
            Type = type,
            Source = EventSources.Server,
            UserId = userId,
            SessionId = connectionId.Length > 64 ? connectionId[..64] : connectionId,
            OccurredAt = now,
            ReceivedAt = now,
            Role = AnalyticsDimensions.Unknown,
            Region = AnalyticsDimensions.Unknown,
            Device = platform,
            Version = AnalyticsDimensions.Unknown,
        };
    }
}
