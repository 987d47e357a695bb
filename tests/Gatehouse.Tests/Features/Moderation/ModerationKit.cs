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
        public required System.Threading.Channels.Channel<JsonElement> Sanctions { get; init; }
        public required TaskCompletionSource Closed { get; init; }

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
        var sanctions = System.Threading.Channels.Channel.CreateUnbounded<JsonElement>();
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var gateway = await GatewayClient.ConnectAsync(app, token, transport: transport, beforeStart: connection =>
        {
            connection.On<JsonElement>("sanction", s => sanctions.Writer.TryWrite(s));
            connection.Closed += _ =>
            {
                closed.TrySetResult();
                return Task.CompletedTask;
            };
        });
        var site = new SiteClient { Gateway = gateway, Sanctions = sanctions, Closed = closed };
        return site;
    }
}
