using System.Diagnostics;
using Gatehouse.Tests.Features.Webhooks;

namespace Gatehouse.Tests.Infrastructure.Observability;

/// <summary>
/// Without a trace exporter the server records no spans, yet a request's trace id still travels: the caller's
/// <c>traceparent</c> goes through the outbox to the webhook receiver, so a site can still follow its own trace.
/// </summary>
public abstract class UnrecordedTraceTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp, ILiveApp, IWebhookApp
{
    [Fact]
    public async Task The_callers_trace_id_reaches_the_webhook_receiver_without_an_exporter()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var owner = await app.OwnerAsync();
        var hook = await owner.CreateHookAsync(receiver.Url, ["user.updated"]);
        var member = await owner.NewMemberAsync();
        var traceId = ActivityTraceId.CreateRandom();

        // The caller's own trace: its HttpClient sends it as traceparent.
        using (new Activity("site request").SetParentId(traceId, ActivitySpanId.CreateRandom(), ActivityTraceFlags.Recorded).Start())
            (await owner.PatchAsJsonAsync($"/api/v1/users/{member}", new { display_name = "Followed" }, null)).EnsureSuccessStatusCode();

        WebhookReceiver.Received got;
        do got = await receiver.NextAsync();
        while (got.AggregateId() != member.ToString() || got.Type() != "user.updated");
        Assert.Equal(traceId.ToString(), got.TraceParent?.Split('-')[1]);
        await owner.DeleteAsync($"/api/v1/webhooks/{hook.Id}");
    }
}

public sealed class UnrecordedTraceTests_Sqlite(WebhookSqliteApp app) : UnrecordedTraceTests<WebhookSqliteApp>(app);

public sealed class UnrecordedTraceTests_Postgres(WebhookPostgresApp app) : UnrecordedTraceTests<WebhookPostgresApp>(app);
