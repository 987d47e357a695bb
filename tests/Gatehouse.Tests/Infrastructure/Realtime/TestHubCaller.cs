using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Connections.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.SignalR;

namespace Gatehouse.Tests.Infrastructure.Realtime;

/// <summary>
/// The caller a hub filter sees, for testing a filter without a server: connection <c>c1</c>, no user, over
/// <paramref name="http"/> when given (what <c>GetHttpContext()</c> returns), aborted when <paramref name="aborted"/> is.
/// </summary>
internal sealed class TestHubCaller(HttpContext? http = null, CancellationToken aborted = default) : HubCallerContext, IHttpContextFeature
{
    private readonly FeatureCollection _features = new();

    public HttpContext? HttpContext { get => http; set => throw new NotSupportedException(); }

    public override string ConnectionId => "c1";
    public override string? UserIdentifier => null;
    public override ClaimsPrincipal? User => null;
    public override IDictionary<object, object?> Items { get; } = new Dictionary<object, object?>();

    public override IFeatureCollection Features
    {
        get
        {
            if (http is not null) _features.Set<IHttpContextFeature>(this);
            return _features;
        }
    }

    public override CancellationToken ConnectionAborted => aborted;

    public override void Abort()
    {
    }
}

/// <summary>A hub's services when the filter under test needs none.</summary>
internal sealed class NoHubServices : IServiceProvider
{
    public object? GetService(Type serviceType) => null;
}
