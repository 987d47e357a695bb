using System.Net;
using System.Net.Http.Json;
using Gatehouse.Server.Features.Webhooks;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gatehouse.Tests.Features.Webhooks;

/// <summary>The pruner runs only when a test calls it (its timer would fire as the clock jumps), one row per batch.</summary>
public static class PruningSettings
{
    public static void Apply(Dictionary<string, string?> more)
    {
        more["Gatehouse:Webhooks:PruneInterval"] = "40.00:00:00";
        more["Gatehouse:Webhooks:PruneBatch"] = "1";
        more["Gatehouse:Webhooks:DeliveryRetention"] = "30.00:00:00";
    }
}

public sealed class PruningSqliteApp : WebhookSqliteApp
{
    public PruningSqliteApp() => PruningSettings.Apply(More);
}

public sealed class PruningPostgresApp : WebhookPostgresApp
{
    public PruningPostgresApp() => PruningSettings.Apply(More);
}

/// <summary>Old finished delivery attempts leave the log after the retention; pending ones (the queue) never do.</summary>
public abstract class WebhookDeliveryPruningTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp, ILiveApp
{
    [Fact]
    public async Task Finished_deliveries_past_the_retention_are_pruned_in_batches_and_pending_ones_never()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var attempts = app.FollowAttempts();
        using var owner = await app.OwnerAsync();
        var hook = await owner.CreateHookAsync(receiver.Url, ["user.created"]);
        var parked = await owner.CreateHookAsync(receiver.Url, ["role.deleted"]);
        await (await owner.PatchAsJsonAsync($"/api/v1/webhooks/{parked.Id}", new { enabled = false })).ShouldBeAsync(HttpStatusCode.OK);

        var old = await DeliveredAboutAsync(attempts, await owner.NewMemberAsync());
        var start = app.Clock.GetUtcNow().UtcDateTime;
        // A disabled webhook's queue: an old pending delivery and an old one that ran out of attempts.
        var (pending, failed) = (Row(parked.Id, DeliveryStatuses.Pending, start), Row(parked.Id, DeliveryStatuses.Failed, start));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GatehouseDb>();
            db.AddRange(pending, failed);
            await db.SaveChangesAsync();
        }

        app.Clock.Advance(TimeSpan.FromDays(31));
        using var later = await app.OwnerAsync(); // the first session's token expired with the jump
        var young = await DeliveredAboutAsync(attempts, await later.NewMemberAsync());

        var pruned = await app.Services.GetRequiredService<WebhookDeliveryPruner>().PruneAsync(CancellationToken.None);

        await using var check = app.Services.CreateAsyncScope();
        var left = await check.ServiceProvider.GetRequiredService<GatehouseDb>().Set<WebhookDelivery>().AsNoTracking()
            .Where(d => d.WebhookId == hook.Id || d.WebhookId == parked.Id).Select(d => d.Id).ToListAsync();
        Assert.DoesNotContain(old, left);
        Assert.DoesNotContain(failed.Id, left);
        Assert.Contains(pending.Id, left);
        Assert.Contains(young, left);
        Assert.True(pruned >= 2, $"pruned {pruned}"); // other tests' old rows may go too, a batch of one at a time

        // The log shows what is left: the pruned delivery is gone from the API as well.
        var shown = (await later.DeliveriesAsync(hook.Id)).Select(d => d.GetProperty("id").GetGuid()).ToList();
        Assert.Equal([young], shown);
        await later.DeleteAsync($"/api/v1/webhooks/{hook.Id}");
        await later.DeleteAsync($"/api/v1/webhooks/{parked.Id}");
    }

    /// <summary>The delivery of this member's <c>user.created</c>, once its successful attempt is recorded.</summary>
    private async Task<Guid> DeliveredAboutAsync(System.Threading.Channels.Channel<Guid> attempts, Guid member)
    {
        while (true)
        {
            var id = await attempts.NextAsync();
            await using var scope = app.Services.CreateAsyncScope();
            var row = await scope.ServiceProvider.GetRequiredService<GatehouseDb>().Set<WebhookDelivery>().AsNoTracking().SingleAsync(d => d.Id == id);
            if (row.Body.Contains(member.ToString(), StringComparison.Ordinal))
            {
                Assert.Equal(DeliveryStatuses.Succeeded, row.Status);
                return id;
            }
        }
    }

    private static WebhookDelivery Row(Guid webhookId, string status, DateTime at) => new()
    {
        WebhookId = webhookId,
        EventId = Guid.NewGuid(),
        EventType = "webhook.test",
        Status = status,
        CreatedAt = at,
        NextAttemptAt = status == DeliveryStatuses.Pending ? at : null,
        Attempts = status == DeliveryStatuses.Pending ? 0 : 8,
    };
}

public sealed class WebhookDeliveryPruningTests_Sqlite(PruningSqliteApp app) : WebhookDeliveryPruningTests<PruningSqliteApp>(app);

public sealed class WebhookDeliveryPruningTests_Postgres(PruningPostgresApp app) : WebhookDeliveryPruningTests<PruningPostgresApp>(app);
