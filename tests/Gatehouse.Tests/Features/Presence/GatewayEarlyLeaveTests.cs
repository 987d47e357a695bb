using Gatehouse.Server.Features.Moderation.Contracts;
using Gatehouse.Server.Features.Moderation.Sanctions;
using Gatehouse.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Gatehouse.Tests.Features.Presence;

/// <summary>
/// The gateway reads the member's mute after sending <c>ready</c>. This server's mute read waits until
/// the client is gone, as a slow read on a loaded machine would: the connection's handler then fails,
/// and SignalR does not call OnDisconnectedAsync for it. The session must still end.
/// </summary>
public sealed class MuteReadOutlivedApp : LiveSqliteApp
{
    protected override void ConfigureTestServices(IServiceCollection services)
    {
        services.AddScoped<MemberSanctions>();
        services.AddScoped<IMemberSanctions>(sp => new HeldMuteRead(sp.GetRequiredService<MemberSanctions>()));
    }

    private sealed class HeldMuteRead(IMemberSanctions real) : IMemberSanctions
    {
        public async Task<ActiveSanction?> ActiveMuteAsync(Guid userId, CancellationToken ct)
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, ct); // ends when the client leaves
            return null;
        }

        public Task<ActiveSanction?> ActiveBanAsync(Guid userId, CancellationToken ct) => real.ActiveBanAsync(userId, ct);

        public Task<IReadOnlyDictionary<Guid, int>> CountSinceAsync(DateTime since, IReadOnlyCollection<Guid>? only, CancellationToken ct) =>
            real.CountSinceAsync(since, only, ct);
    }
}

public sealed class GatewayEarlyLeaveTests(MuteReadOutlivedApp app) : IClassFixture<MuteReadOutlivedApp>
{
    [Fact]
    public async Task A_client_that_leaves_right_after_ready_is_not_left_online()
    {
        var owner = await app.OwnerPersonAsync();
        var ada = await app.PersonAsync();
        await using var observer = await ObserverClient.SubscribeAsync(app, owner.Token, new { user_ids = new[] { ada.Id } });
        var gateway = await GatewayClient.ConnectAsync(app, ada.Token);
        await observer.NextAsync(ada.Id, e => e.Status() == "online");

        await gateway.DisposeAsync();
        await app.ServerDroppedAsync(gateway);
        await app.AdvanceAsync(TimeSpan.FromMinutes(1));
        await observer.NextAsync(ada.Id, e => e.Status() == "offline");
    }
}
