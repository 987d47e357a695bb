using System.Diagnostics;
using System.Diagnostics.Metrics;
using Gatehouse.Server.Infrastructure.Observability;
using Microsoft.AspNetCore.Http.Connections.Features;
using Microsoft.AspNetCore.SignalR;

namespace Gatehouse.Server.Infrastructure.Realtime;

/// <summary>
/// Open SignalR connections per hub (<c>live</c>, <c>gateway</c>) and transport (WebSockets,
/// ServerSentEvents, LongPolling), counted by a hub filter so no hub has to remember it. A connection
/// its hub refused in <c>OnConnectedAsync</c> is never counted (SignalR does not disconnect it either).
/// </summary>
public sealed class LiveConnectionMetrics : IHubFilter, IDisposable
{
    public const string Name = ObservabilityModule.NamePrefix + "Realtime";

    private readonly Meter _meter;
    private readonly UpDownCounter<long> _connections;

    public LiveConnectionMetrics(IMeterFactory meters)
    {
        _meter = meters.Create(Name);
        _connections = _meter.CreateUpDownCounter<long>("gatehouse.live.connections", "{connection}", "Open real-time connections per hub and transport");
    }

    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        await next(context);
        _connections.Add(1, Tags(context));
    }

    public async Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        try
        {
            await next(context, exception);
        }
        finally
        {
            _connections.Add(-1, Tags(context));
        }
    }

    private static TagList Tags(HubLifetimeContext context) => new()
    {
        { "hub", HubName(context.Hub.GetType()) },
        { "transport", context.Context.Features.Get<IHttpTransportFeature>()?.TransportType.ToString() ?? "unknown" },
    };

    private static string HubName(Type hub) =>
        (hub.Name.EndsWith("Hub", StringComparison.Ordinal) ? hub.Name[..^3] : hub.Name).ToLowerInvariant();

    public void Dispose() => _meter.Dispose();
}
