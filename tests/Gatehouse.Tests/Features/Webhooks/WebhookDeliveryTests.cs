using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gatehouse.Server.Features.Webhooks;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gatehouse.Tests.Features.Webhooks;

/// <summary>Webhooks end to end: committed events reach real loopback receivers, signed, retried on the fake clock.</summary>
public abstract class WebhookDeliveryTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp, ILiveApp
{
    /// <summary>The next delivery about this member (other tests' events may pass by).</summary>
    private static async Task<WebhookReceiver.Received> NextAboutAsync(WebhookReceiver receiver, Guid member)
    {
        while (true)
        {
            var r = await receiver.NextAsync();
            if (r.AggregateId() == member.ToString()) return r;
        }
    }

    [Fact]
    public async Task A_delivery_is_signed_so_that_a_standard_webhooks_verifier_accepts_it()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var owner = await app.OwnerAsync();
        var hook = await owner.CreateHookAsync(receiver.Url, ["user.created"]);
        Assert.StartsWith("whsec_", hook.Secret, StringComparison.Ordinal);
        try
        {
            var member = await owner.NewMemberAsync();
            var got = await NextAboutAsync(receiver, member);
            Assert.True(StandardWebhooksVerifier.Verify(hook.Secret, got.Id, got.Timestamp, got.Body, got.Signature));
            Assert.False(StandardWebhooksVerifier.Verify(hook.Secret, got.Id, got.Timestamp, got.Body + " ", got.Signature));
            Assert.StartsWith("msg_", got.Id, StringComparison.Ordinal);
            Assert.Equal(app.Clock.GetUtcNow().ToUnixTimeSeconds(), long.Parse(got.Timestamp, System.Globalization.CultureInfo.InvariantCulture));
            var body = JsonDocument.Parse(got.Body).RootElement;
            Assert.Equal("user.created", body.GetProperty("type").GetString());
            Assert.Equal(member.ToString(), body.GetProperty("event").GetProperty("aggregate_id").GetString());

            // The secret is never shown again, and is stored encrypted.
            var again = await (await owner.GetAsync($"/api/v1/webhooks/{hook.Id}")).Content.ReadAsStringAsync();
            var list = await (await owner.GetAsync("/api/v1/webhooks")).Content.ReadAsStringAsync();
            var audit = await (await owner.GetAsync($"/api/v1/audit?target_id={hook.Id}")).Content.ReadAsStringAsync();
            foreach (var text in new[] { again, list, audit }) Assert.DoesNotContain(hook.Secret[6..], text, StringComparison.Ordinal);
            await using var scope = app.Services.CreateAsyncScope();
            var stored = await scope.ServiceProvider.GetRequiredService<GatehouseDb>().Set<Webhook>().AsNoTracking().SingleAsync(w => w.Id == hook.Id);
            Assert.DoesNotContain(hook.Secret[6..], stored.SecretProtected, StringComparison.Ordinal);
        }
        finally
        {
            await owner.DeleteAsync($"/api/v1/webhooks/{hook.Id}");
        }
    }

    [Fact]
    public async Task During_a_rotation_overlap_both_signatures_are_sent()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var owner = await app.OwnerAsync();
        var attempts = app.FollowAttempts();
        var hook = await owner.CreateHookAsync(receiver.Url, ["user.created"]);
        try
        {
            var rotated = await (await owner.PostAsJsonAsync($"/api/v1/webhooks/{hook.Id}/rotate-secret", new { overlap_seconds = 600 }))
                .ShouldBeAsync(HttpStatusCode.OK);
            var fresh = rotated.GetProperty("secret").GetString()!;
            var m1 = await owner.NewMemberAsync();
            WebhookReceiver.Received got;
            try { got = await NextAboutAsync(receiver, m1); }
            catch (OperationCanceledException)
            {
                var dump = await (await owner.GetAsync($"/api/v1/webhooks/{hook.Id}/deliveries")).Content.ReadAsStringAsync();
                var hk = await (await owner.GetAsync($"/api/v1/webhooks/{hook.Id}")).Content.ReadAsStringAsync();
                throw new InvalidOperationException($"No delivery arrived. Log: {dump} Webhook: {hk} Clock: {app.Clock.GetUtcNow():O}");
            }
            var signatures = got.Signature.Split(' ');
            Assert.Equal(2, signatures.Length);
            Assert.True(StandardWebhooksVerifier.Verify(fresh, got.Id, got.Timestamp, got.Body, signatures[0]));
            Assert.True(StandardWebhooksVerifier.Verify(hook.Secret, got.Id, got.Timestamp, got.Body, signatures[1]));

            // The receiver has the request; wait until its answer is recorded before moving the clock,
            // or the send's timeout (on the same clock) would fire mid-flight.
            await attempts.NextAsync();
            app.Clock.Advance(TimeSpan.FromMinutes(11));
            var later = await NextAboutAsync(receiver, await owner.NewMemberAsync());
            Assert.Single(later.Signature.Split(' '));
            Assert.True(StandardWebhooksVerifier.Verify(fresh, later.Id, later.Timestamp, later.Body, later.Signature));
            Assert.False(StandardWebhooksVerifier.Verify(hook.Secret, later.Id, later.Timestamp, later.Body, later.Signature));
        }
        finally
        {
            await owner.DeleteAsync($"/api/v1/webhooks/{hook.Id}");
        }
    }

    [Fact]
    public async Task A_failing_receiver_is_retried_on_the_schedule_and_retry_after_is_honoured()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Status = 500;
        using var owner = await app.OwnerAsync();
        var attempts = app.FollowAttempts();
        var hook = await owner.CreateHookAsync(receiver.Url, ["user.created"]);
        try
        {
            var member = await owner.NewMemberAsync();
            TimeSpan[] schedule = [TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30)];
            for (var i = 0; i < schedule.Length; i++)
            {
                await attempts.NextAsync();
                using var admin = await app.OwnerAsync(); // the clock moves past access-token lifetimes
                var d = (await admin.DeliveriesAsync(hook.Id)).Single(x => x.GetProperty("request_body").GetString()!.Contains(member.ToString(), StringComparison.Ordinal));
                Assert.Equal(i + 1, d.GetProperty("attempts").GetInt32());
                Assert.Equal(500, d.GetProperty("response_status").GetInt32());
                Assert.Equal("received", d.GetProperty("response_body").GetString());
                var wait = d.GetProperty("next_attempt_at").GetDateTime() - d.GetProperty("last_attempt_at").GetDateTime();
                Assert.InRange(wait, schedule[i] * 0.89, schedule[i] * 1.11);
                if (i == schedule.Length - 1)
                {
                    // The next answer asks for more time than the schedule would give.
                    receiver.Status = 503;
                    receiver.Decorate = r => r.Headers.RetryAfter = "36000";
                }
                app.Clock.Advance(wait);
            }
            await attempts.NextAsync();
            using var later = await app.OwnerAsync();
            var asked = (await later.DeliveriesAsync(hook.Id)).Single();
            Assert.Equal(4, asked.GetProperty("attempts").GetInt32());
            var gap = asked.GetProperty("next_attempt_at").GetDateTime() - asked.GetProperty("last_attempt_at").GetDateTime();
            Assert.InRange(gap, TimeSpan.FromHours(10) - TimeSpan.FromSeconds(1), TimeSpan.FromHours(10) + TimeSpan.FromSeconds(1));

            receiver.Status = 200;
            receiver.Decorate = null;
            app.Clock.Advance(gap);
            var got = await NextAboutAsync(receiver, member);
            await attempts.NextAsync();
            using var last = await app.OwnerAsync();
            var done = (await last.DeliveriesAsync(hook.Id)).Single();
            Assert.Equal("succeeded", done.GetProperty("status").GetString());
            Assert.Equal(got.Id, done.GetProperty("message_id").GetString());
            Assert.Equal(got.Id, done.GetProperty("request_headers").GetProperty("webhook-id").GetString());
        }
        finally
        {
            using var admin = await app.OwnerAsync();
            await admin.DeleteAsync($"/api/v1/webhooks/{hook.Id}");
        }
    }

    [Fact]
    public async Task A_webhook_failing_for_the_configured_period_is_disabled_and_audited()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Down = true;
        using var owner = await app.OwnerAsync();
        var attempts = app.FollowAttempts();
        var hook = await owner.CreateHookAsync(receiver.Url, ["user.created"]);
        await owner.NewMemberAsync();
        for (var i = 0; i < 6; i++)
        {
            await attempts.NextAsync();
            using var admin = await app.OwnerAsync(); // the clock moves past access-token lifetimes
            var state = await admin.GetJsonAsync($"/api/v1/webhooks/{hook.Id}");
            if (!state.GetProperty("enabled").GetBoolean()) break;
            var d = (await admin.DeliveriesAsync(hook.Id)).Single();
            app.Clock.Advance(d.GetProperty("next_attempt_at").GetDateTime() - app.Clock.GetUtcNow().UtcDateTime);
        }
        using var fresh = await app.OwnerAsync();
        var disabled = await fresh.GetJsonAsync($"/api/v1/webhooks/{hook.Id}");
        Assert.False(disabled.GetProperty("enabled").GetBoolean());
        Assert.Contains("Failing", disabled.GetProperty("disabled_reason").GetString(), StringComparison.Ordinal);
        var audit = await fresh.GetJsonAsync($"/api/v1/audit?target_id={hook.Id}&action=webhook.auto_disabled");
        Assert.Equal(1, audit.GetProperty("items").GetArrayLength());
        await fresh.DeleteAsync($"/api/v1/webhooks/{hook.Id}");
    }

    [Fact]
    public async Task A_receiver_down_for_a_while_then_back_gets_every_event_once_in_order()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Down = true;
        using var owner = await app.OwnerAsync();
        var attempts = app.FollowAttempts();
        var hook = await owner.CreateHookAsync(receiver.Url, ["user.created"]);
        try
        {
            var members = new List<Guid>();
            for (var i = 0; i < 5; i++) members.Add(await owner.NewMemberAsync());
            await attempts.NextAsync(); // the first one failed; the others wait behind it
            receiver.Down = false;
            app.Clock.Advance(TimeSpan.FromSeconds(6));
            var got = new List<WebhookReceiver.Received>();
            while (got.Count < members.Count)
            {
                var r = await receiver.NextAsync();
                if (members.Contains(Guid.Parse(r.AggregateId()))) got.Add(r);
            }
            Assert.Equal(members.Select(m => m.ToString()), got.Select(r => r.AggregateId()));
            Assert.Equal(got.Count, got.Select(r => r.Id).Distinct().Count());
            // One more event arrives after them, so nothing about them is still on its way.
            var last = await owner.NewMemberAsync();
            await NextAboutAsync(receiver, last);
            Assert.DoesNotContain(receiver.Drain(), r => members.Contains(Guid.Parse(r.AggregateId())));
        }
        finally
        {
            await owner.DeleteAsync($"/api/v1/webhooks/{hook.Id}");
        }
    }

    [Fact]
    public async Task Status_changes_of_one_member_are_coalesced_into_the_latest()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var owner = await app.OwnerAsync();
        var queued = app.FollowQueued();
        var hook = await owner.CreateHookAsync(receiver.Url, ["status.changed"]);
        try
        {
            var member = await owner.NewMemberAsync();
            foreach (var status in new[] { "dnd", "idle", "online", "dnd" })
                await (await owner.PostAsJsonAsync($"/api/v1/users/{member}/status", new { status, status_message = "now " + status }))
                    .ShouldBeAsync(HttpStatusCode.OK);
            for (var i = 0; i < 4; i++) Assert.Equal("status.changed", await queued.NextAsync());
            app.Clock.Advance(TimeSpan.FromSeconds(3));
            var got = await NextAboutAsync(receiver, member);
            Assert.Equal("now dnd", JsonDocument.Parse(got.Body).RootElement.GetProperty("data").GetProperty("status_message").GetString());
            var deliveries = await owner.DeliveriesAsync(hook.Id);
            Assert.Single(deliveries, d => d.GetProperty("request_body").GetString()!.Contains(member.ToString(), StringComparison.Ordinal));
        }
        finally
        {
            await owner.DeleteAsync($"/api/v1/webhooks/{hook.Id}");
        }
    }

    [Fact]
    public async Task Each_webhook_sends_at_most_its_cap_per_second()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var owner = await app.OwnerAsync();
        var attempts = app.FollowAttempts();
        var hook = await owner.CreateHookAsync(receiver.Url, ["user.created"], new { max_per_second = 2 });
        try
        {
            for (var i = 0; i < 4; i++) await owner.NewMemberAsync();
            await attempts.NextAsync();
            await attempts.NextAsync();
            var started = app.Clock.GetUtcNow().UtcDateTime;
            app.Clock.Advance(TimeSpan.FromSeconds(1));
            await attempts.NextAsync();
            await attempts.NextAsync();
            var sent = await owner.DeliveriesAsync(hook.Id);
            Assert.All(sent, d => Assert.Equal("succeeded", d.GetProperty("status").GetString()));
            // Two went out in the first second; the other two had to wait for the next one.
            Assert.Equal(2, sent.Count(d => d.GetProperty("last_attempt_at").GetDateTime() == started));
            Assert.Equal(2, sent.Count(d => d.GetProperty("last_attempt_at").GetDateTime() == started.AddSeconds(1)));
        }
        finally
        {
            await owner.DeleteAsync($"/api/v1/webhooks/{hook.Id}");
        }
    }

    [Fact]
    public async Task Replay_sends_missed_and_delivered_events_again_in_order_with_their_ids()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var owner = await app.OwnerAsync();
        var since = app.Clock.GetUtcNow().UtcDateTime;
        var hook = await owner.CreateHookAsync(receiver.Url, ["user.created"]);
        try
        {
            var first = await owner.NewMemberAsync();
            var firstDelivery = await NextAboutAsync(receiver, first);
            await (await owner.PatchAsJsonAsync($"/api/v1/webhooks/{hook.Id}", new { enabled = false }, null)).ShouldBeAsync(HttpStatusCode.OK);
            var missed = await owner.NewMemberAsync();
            await (await owner.PatchAsJsonAsync($"/api/v1/webhooks/{hook.Id}", new { enabled = true }, null)).ShouldBeAsync(HttpStatusCode.OK);

            var replay = await (await owner.PostAsJsonAsync($"/api/v1/webhooks/{hook.Id}/replay", new { since })).ShouldBeAsync(HttpStatusCode.Accepted);
            Assert.True(replay.GetProperty("queued").GetInt32() >= 2);
            var again = await NextAboutAsync(receiver, first);
            Assert.Equal(firstDelivery.Id, again.Id);
            await NextAboutAsync(receiver, missed);
            var future = await (await owner.PostAsJsonAsync($"/api/v1/webhooks/{hook.Id}/replay", new { since = DateTime.UtcNow.AddDays(2) }))
                .ShouldBeAsync(HttpStatusCode.BadRequest);
            Assert.True(future.GetProperty("errors").TryGetProperty("since", out _));
        }
        finally
        {
            await owner.DeleteAsync($"/api/v1/webhooks/{hook.Id}");
        }
    }

    [Fact]
    public async Task Test_events_and_manual_retries_show_in_the_delivery_log()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var owner = await app.OwnerAsync();
        var attempts = app.FollowAttempts();
        var hook = await owner.CreateHookAsync(receiver.Url, ["role.created"]);
        try
        {
            var queued = await (await owner.PostAsync($"/api/v1/webhooks/{hook.Id}/test", null)).ShouldBeAsync(HttpStatusCode.Accepted);
            var got = await receiver.NextAsync();
            Assert.Equal("webhook.test", got.Type());
            Assert.True(StandardWebhooksVerifier.Verify(hook.Secret, got.Id, got.Timestamp, got.Body, got.Signature));
            await attempts.NextAsync();
            var logged = (await owner.DeliveriesAsync(hook.Id)).Single();
            Assert.Equal(queued.GetProperty("id").GetGuid(), logged.GetProperty("id").GetGuid());
            Assert.Equal(200, logged.GetProperty("response_status").GetInt32());
            Assert.True(logged.GetProperty("duration_ms").GetInt32() >= 0);
            Assert.Equal(got.Body, logged.GetProperty("request_body").GetString());

            var retried = await (await owner.PostAsync($"/api/v1/webhooks/{hook.Id}/deliveries/{logged.GetProperty("id").GetGuid()}/retry", null))
                .ShouldBeAsync(HttpStatusCode.Accepted);
            Assert.Equal("pending", retried.GetProperty("status").GetString());
            Assert.Equal(got.Id, (await receiver.NextAsync()).Id);
            await (await owner.PostAsync($"/api/v1/webhooks/{hook.Id}/deliveries/{Guid.NewGuid()}/retry", null)).ShouldBeAsync(HttpStatusCode.NotFound);
        }
        finally
        {
            await owner.DeleteAsync($"/api/v1/webhooks/{hook.Id}");
        }
    }

    [Fact]
    public async Task Redirects_are_not_followed_and_internal_addresses_are_refused_at_send_time()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Status = 302;
        receiver.Decorate = r => r.Headers.Location = "http://10.0.0.1/steal";
        using var owner = await app.OwnerAsync();
        var attempts = app.FollowAttempts();
        var hook = await owner.CreateHookAsync(receiver.Url, ["role.created"]);
        try
        {
            await owner.PostAsync($"/api/v1/webhooks/{hook.Id}/test", null);
            await attempts.NextAsync();
            var redirected = (await owner.DeliveriesAsync(hook.Id)).Single();
            Assert.Equal(302, redirected.GetProperty("response_status").GetInt32());
            Assert.Contains("redirects are not followed", redirected.GetProperty("error").GetString(), StringComparison.Ordinal);

            // An address that turned internal after the webhook was saved (DNS change, edited row) is refused when sending.
            await app.ExecuteSqlAsync($"UPDATE webhooks SET \"Url\" = 'http://169.254.169.254/latest/meta-data' WHERE \"Id\" = '{(app.IsPostgres ? hook.Id.ToString() : hook.Id.ToString().ToUpperInvariant())}'");
            var retried = await (await owner.PostAsync($"/api/v1/webhooks/{hook.Id}/deliveries/{redirected.GetProperty("id").GetGuid()}/retry", null))
                .ShouldBeAsync(HttpStatusCode.Accepted);
            await attempts.NextAsync();
            var refused = (await owner.DeliveriesAsync(hook.Id)).Single();
            Assert.Contains("link-local", refused.GetProperty("error").GetString(), StringComparison.Ordinal);
            Assert.Equal(JsonValueKind.Null, refused.GetProperty("response_status").ValueKind);
        }
        finally
        {
            await owner.DeleteAsync($"/api/v1/webhooks/{hook.Id}");
        }
    }

    [Theory]
    [InlineData("https://10.1.2.3/hook")]
    [InlineData("https://192.168.1.10/hook")]
    [InlineData("https://169.254.169.254/latest")]
    [InlineData("https://[fd00::1]/hook")]
    [InlineData("http://example.com/hook")]
    [InlineData("ftp://example.com/hook")]
    [InlineData("https://user:pass@example.com/hook")]
    public async Task Webhook_urls_that_are_internal_or_not_https_are_refused(string url)
    {
        using var owner = await app.OwnerAsync();
        var problem = await (await owner.PostAsJsonAsync("/api/v1/webhooks", new { url, event_types = new[] { "user.created" } }))
            .ShouldBeAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("url", out _));
    }

    [Fact]
    public async Task Unknown_event_types_and_roles_are_named()
    {
        using var owner = await app.OwnerAsync();
        var problem = await (await owner.PostAsJsonAsync("/api/v1/webhooks", new
        {
            url = "https://example.com/hook",
            event_types = new[] { "user.exploded" },
            filter_role_ids = new[] { Guid.NewGuid() },
        })).ShouldBeAsync(HttpStatusCode.BadRequest);
        Assert.Contains("user.exploded", problem.GetProperty("errors").GetProperty("event_types")[0].GetString(), StringComparison.Ordinal);
        Assert.True(problem.GetProperty("errors").TryGetProperty("filter_role_ids", out _));
        var types = await owner.GetJsonAsync("/api/v1/webhooks/event-types");
        Assert.Contains(types.EnumerateArray(), t => t.GetString() == "user.roles_changed");
    }

    [Fact]
    public async Task An_edit_that_changes_nothing_changes_nothing()
    {
        using var owner = await app.OwnerAsync();
        var hook = await owner.CreateHookAsync(new Uri("https://example.com/hook"), ["user.created"], new { enabled = false });
        var same = await (await owner.PatchAsJsonAsync($"/api/v1/webhooks/{hook.Id}", new { event_types = new[] { "user.created" } }, null))
            .ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(1, same.GetProperty("version").GetInt32());
        var audit = await owner.GetJsonAsync($"/api/v1/audit?target_id={hook.Id}&action=webhook.updated");
        Assert.Equal(0, audit.GetProperty("items").GetArrayLength());
        var stale = await (await owner.PatchAsJsonAsync($"/api/v1/webhooks/{hook.Id}", new { description = "x" }, "\"7\"")).ShouldBeAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal("precondition-failed", stale.ProblemType());
        await (await owner.DeleteAsync($"/api/v1/webhooks/{hook.Id}")).ShouldBeAsync(HttpStatusCode.NoContent);
        await (await owner.GetAsync($"/api/v1/webhooks/{hook.Id}")).ShouldBeAsync(HttpStatusCode.NotFound);
    }
}

public sealed class WebhookDeliveryTests_Sqlite(WebhookSqliteApp app) : WebhookDeliveryTests<WebhookSqliteApp>(app);

public sealed class WebhookDeliveryTests_Postgres(WebhookPostgresApp app) : WebhookDeliveryTests<WebhookPostgresApp>(app);
