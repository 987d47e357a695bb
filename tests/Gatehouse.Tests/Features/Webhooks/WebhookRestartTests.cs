using Gatehouse.Tests.Infrastructure;

namespace Gatehouse.Tests.Features.Webhooks;

/// <summary>Nothing is lost across a restart: pending deliveries, and events committed but not yet fanned out.</summary>
public abstract class WebhookRestartTests<TApp> where TApp : GatehouseApp, ILiveApp, IWebhookApp, new()
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Undelivered_events_go_out_in_order_after_a_restart(bool stopBeforeFanout)
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Down = true;
        var first = new TApp();
        await first.InitializeAsync();
        var original = first;
        TApp? second = null;
        try
        {
            var members = new List<Guid>();
            using (var owner = await first.OwnerAsync())
            {
                var attempts = first.FollowAttempts();
                await owner.CreateHookAsync(receiver.Url, ["user.created"]);
                if (stopBeforeFanout)
                {
                    // Let the hook exist, then stop delivery: the next events stay committed in the outbox only.
                    await first.DisposeAsync();
                    var middle = new TApp();
                    middle.ContinueFrom(first);
                    middle.More["Gatehouse:Events:Dispatch"] = "false";
                    await middle.InitializeAsync();
                    using var again = await middle.OwnerAsync();
                    for (var i = 0; i < 3; i++) members.Add(await again.NewMemberAsync());
                    await middle.DisposeAsync();
                    first = middle;
                }
                else
                {
                    for (var i = 0; i < 3; i++) members.Add(await owner.NewMemberAsync());
                    await attempts.NextAsync(); // the first attempt failed: the deliveries are pending in the database
                    await first.DisposeAsync();
                }
            }

            receiver.Down = false;
            second = new TApp();
            // Storage settings name the app that created the storage (a continued app reports its own, unused, paths).
            second.ContinueFrom(original);
            await second.InitializeAsync();
            second.Clock.Advance(TimeSpan.FromSeconds(6));
            var got = new List<string>();
            while (got.Count < members.Count)
            {
                var r = await receiver.NextAsync();
                if (members.Contains(Guid.Parse(r.AggregateId()))) got.Add(r.AggregateId());
            }
            Assert.Equal(members.Select(m => m.ToString()), got);
        }
        finally
        {
            if (second is not null) await ((IAsyncLifetime)second).DisposeAsync();
            await ((IAsyncLifetime)first).DisposeAsync();
            if (!ReferenceEquals(original, first)) await ((IAsyncLifetime)original).DisposeAsync();
        }
    }
}

public sealed class WebhookRestartTests_Sqlite : WebhookRestartTests<WebhookSqliteApp>;

public sealed class WebhookRestartTests_Postgres : WebhookRestartTests<WebhookPostgresApp>;
