namespace Gatehouse.Server.Features.Analytics.Storage;

/// <summary>
/// One recorded event, as captured and as stored (<c>analytics_events</c>): what happened, who, when
/// by the client's clock and by the server's, and the segment dimensions resolved at capture.
/// </summary>
public sealed class RawEvent
{
    public Guid Id { get; set; }
    public string Type { get; set; } = "";

    /// <summary><see cref="EventSources"/>: the server itself, or a site through the SDK.</summary>
    public string Source { get; set; } = EventSources.Server;

    public Guid? UserId { get; set; }
    public string? SessionId { get; set; }

    /// <summary>When the client says it happened (server events: the server's time).</summary>
    public DateTime OccurredAt { get; set; }

    /// <summary>When the server received it: windows, retention and exports go by this clock.</summary>
    public DateTime ReceivedAt { get; set; }

    public string Role { get; set; } = "";
    public string Region { get; set; } = "";
    public string Device { get; set; } = "";
    public string Version { get; set; } = "";

    /// <summary>Server requests: method and route template (<c>GET /api/v1/users/{id}</c>).</summary>
    public string? Route { get; set; }

    public int? Status { get; set; }
    public double? DurationMs { get; set; }

    /// <summary>The client address, truncated when anonymisation is on.</summary>
    public string? Ip { get; set; }

    /// <summary>The event's properties as a JSON object (size-capped at ingest).</summary>
    public string? Props { get; set; }
}

public static class EventSources
{
    public const string Server = "server";
    public const string Sdk = "sdk";
}

/// <summary>The event types the server records about itself.</summary>
public static class ServerEventTypes
{
    public const string Request = "api.request";
    public const string SignIn = "auth.sign_in";
    public const string SignInFailed = "auth.sign_in_failed";
    public const string SessionOpened = "session.opened";
    public const string SessionClosed = "session.closed";

    /// <summary>The domain event that is a sign-up.</summary>
    public const string UserCreated = "user.created";
}
