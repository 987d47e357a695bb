using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Gatehouse.Tests.Features.Webhooks;

/// <summary>A real HTTP receiver on a loopback port (Kestrel), recording what it is sent and answering as told.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    public sealed record Received(string Id, string Timestamp, string Signature, string Body)
    {
        /// <summary>The W3C trace context the sender propagated, if any.</summary>
        public string? TraceParent { get; init; }
    }

    private readonly WebApplication _app;
    private readonly Channel<Received> _received = Channel.CreateUnbounded<Received>();

    /// <summary>When true, connections are cut without an answer (the receiver is "down").</summary>
    public bool Down { get; set; }

    /// <summary>Status code to answer (and headers to add) while up.</summary>
    public int Status { get; set; } = 200;
    public Action<HttpResponse>? Decorate { get; set; }

    public Uri Url { get; }

    private WebhookReceiver(WebApplication app, Uri url)
    {
        _app = app;
        Url = url;
    }

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        WebhookReceiver? self = null;
        app.MapPost("/hook", async (HttpContext http) =>
        {
            if (self!.Down)
            {
                http.Abort();
                return;
            }
            using var reader = new StreamReader(http.Request.Body);
            var body = await reader.ReadToEndAsync();
            var status = self.Status;
            if (status is >= 200 and < 300)
                await self._received.Writer.WriteAsync(new Received(http.Request.Headers["webhook-id"].ToString(),
                    http.Request.Headers["webhook-timestamp"].ToString(), http.Request.Headers["webhook-signature"].ToString(), body)
                {
                    TraceParent = http.Request.Headers.TryGetValue("traceparent", out var trace) ? trace.ToString() : null,
                });
            http.Response.StatusCode = status;
            self.Decorate?.Invoke(http.Response);
            await http.Response.WriteAsync("received");
        });
        await app.StartAsync();
        var address = app.Urls.First();
        self = new WebhookReceiver(app, new Uri(address + "/hook"));
        return self;
    }

    /// <summary>The next request answered with success.</summary>
    public async Task<Received> NextAsync(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(20));
        return await _received.Reader.ReadAsync(cts.Token);
    }

    /// <summary>Anything received already, without waiting.</summary>
    public List<Received> Drain()
    {
        var list = new List<Received>();
        while (_received.Reader.TryRead(out var r)) list.Add(r);
        return list;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
