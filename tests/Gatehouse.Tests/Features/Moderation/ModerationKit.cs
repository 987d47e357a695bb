using System.Net.Http.Json;
using System.Text.Json;
using Gatehouse.Server.Infrastructure.Events;
using Gatehouse.Tests.Features.Presence;
using Gatehouse.Tests.Infrastructure;
using Gatehouse.Tests.Infrastructure.Events;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Gatehouse.Tests.Features.Moderation;

/// <summary>A live server (real Kestrel, fake clock) that records the domain events it delivers.</summary>
public class ModerationSqliteApp : LiveSqliteApp
{
    protected override void ConfigureTestServices(IServiceCollection services) => services.AddDomainEventSubscriber<RecordingSubscriber>();
}

public class ModerationPostgresApp : LivePostgresApp
{
    protected override void ConfigureTestServices(IServiceCollection services) => services.AddDomainEventSubscriber<RecordingSubscriber>();
}

public static class ModerationKit
{
    public static RecordingSubscriber Events(this ILiveApp app) => app.Service<RecordingSubscriber>();

    public static Task<DomainEvent> EventAboutAsync(this ILiveApp app, string type, Guid userId, string? kind = null) =>
        app.Events().WaitForAsync(e => e.Type == type && e.Payload.TryGetProperty("user_id", out var u) && u.GetGuid() == userId
            && (kind is null || e.Payload.GetProperty("kind").GetString() == kind));

    public static Task<HttpResponseMessage> SanctionAsync(this HttpClient moderator, Guid userId, string action, object body) =>
        moderator.PostAsJsonAsync($"/api/v1/users/{userId}/{action}", body);

    /// <summary>A gateway connection that also keeps the <c>sanction</c> events it receives and notices when the server closes it.</summary>
    public sealed class SiteClient : IAsyncDisposable
    {
        public required GatewayClient Gateway { get; init; }
        public System.Threading.Channels.Channel<JsonElement> Sanctions { get; } = System.Threading.Channels.Channel.CreateUnbounded<JsonElement>();
        public TaskCompletionSource Closed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task<JsonElement> NextSanctionAsync()
        {
            using var cts = new CancellationTokenSource(LiveClients.Timeout);
            return await Sanctions.Reader.ReadAsync(cts.Token);
        }

        public ValueTask DisposeAsync() => Gateway.DisposeAsync();
    }

    public static async Task<SiteClient> SiteAsync(this ILiveApp app, string token,
        Microsoft.AspNetCore.Http.Connections.HttpTransportType transport = Microsoft.AspNetCore.Http.Connections.HttpTransportType.WebSockets)
    {
        var gateway = await GatewayClient.ConnectAsync(app, token, transport: transport);
        var site = new SiteClient { Gateway = gateway };
        gateway.Connection.On<JsonElement>("sanction", s =>
        {
            site.Sanctions.Writer.TryWrite(s);
        });
        gateway.Connection.Closed += _ =>
        {
            site.Closed.TrySetResult();
            return Task.CompletedTask;
        };
        return site;
    }
}
