using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Gatehouse.Tests.Infrastructure.Realtime;

/// <summary>What a hub request carried as it reached the server, before the pipeline (and its slimming) touched it.</summary>
public sealed record HubRequest(string Method, string Path, string Query, string Authorization, bool IsSocket)
{
    /// <summary>SignalR's negotiate or a request going on with a negotiated connection (<c>?id=</c>).</summary>
    public bool NamesConnection => Query.Contains("id=", StringComparison.Ordinal);

    public bool Carries(string credential) => Query.Contains(credential, StringComparison.Ordinal) || Authorization.Contains(credential, StringComparison.Ordinal);
}

/// <summary>Records every request to a hub, first thing in the pipeline.</summary>
public sealed class HubRequestRecorder : IStartupFilter
{
    private readonly ConcurrentQueue<HubRequest> _requests = new();

    public IReadOnlyList<HubRequest> Requests => [.. _requests];

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((http, onward) =>
        {
            var path = http.Request.Path;
            if (path.StartsWithSegments("/gateway") || path.StartsWithSegments("/hubs/live"))
                _requests.Enqueue(new HubRequest(http.Request.Method, path.Value!, http.Request.QueryString.Value ?? "",
                    http.Request.Headers.Authorization.ToString(), http.Request.Headers.Upgrade.ToString().Equals("websocket", StringComparison.OrdinalIgnoreCase)));
            return onward(http);
        });
        next(app);
    };
}
