using System.Net;
using System.Net.Http.Json;
using Gatehouse.Tests.Features.Webhooks;
using Gatehouse.Tests.Infrastructure;
using Npgsql;
using OtpNet;
using StackExchange.Redis;

namespace Gatehouse.Tests.Features.Cluster;

/// <summary>
/// What users would notice if nodes kept it to themselves: secrets protected on one node must be
/// readable on the other (one data-protection key ring in PostgreSQL), and sign-in failures spread
/// over nodes must add up (counters in Redis), and so must an address's requests under a per-address rate limit.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ClusterSharedStateTests(ClusterFixture cluster)
{
    private static int _ips;

    [Fact]
    public async Task A_webhook_created_on_one_node_is_signed_by_the_node_that_sends_it_with_the_secret_shown_at_creation()
    {
        var leader = await LeaderAsync();
        var creator = cluster.Nodes[1 - leader].BaseAddress;
        await using var receiver = await WebhookReceiver.StartAsync();
        using var owner = ClusterFixture.Client(creator, await ClusterFixture.TokenAsync(creator, GatehouseApp.OwnerEmail, GatehouseApp.OwnerPassword));
        // Protected with the key ring as the creating node sees it; only the leader sends.
        var hook = await owner.CreateHookAsync(receiver.Url, ["user.created"]);
        try
        {
            var member = (await owner.CreateUserAsync(Api.Unique("hook"))).GetProperty("id").GetGuid();
            var got = await NextAboutAsync(receiver, member);
            Assert.True(StandardWebhooksVerifier.Verify(hook.Secret, got.Id, got.Timestamp, got.Body, got.Signature), got.Signature);
        }
        finally
        {
            await owner.DeleteAsync($"/api/v1/webhooks/{hook.Id}");
        }
    }

    [Fact]
    public async Task Two_factor_enrolled_on_one_node_is_confirmed_and_used_to_sign_in_on_the_other()
    {
        var (a, b) = (cluster.Nodes[0].BaseAddress, cluster.Nodes[1].BaseAddress);
        var email = await NewMemberEmailAsync(a);
        using var onA = ClusterFixture.Client(a, await ClusterFixture.TokenAsync(a, email, Api.MemberPassword));
        using var onB = ClusterFixture.Client(b, await ClusterFixture.TokenAsync(b, email, Api.MemberPassword));

        // Node A protects the new secret; node B must read it to check the confirming code.
        var secret = (await (await onA.PostAsync("/api/v1/me/2fa/enrolment", null)).ShouldBeAsync(HttpStatusCode.OK)).GetProperty("secret").GetString()!;
        var totp = new Totp(Base32Encoding.ToBytes(secret));
        await (await onB.PostAsJsonAsync("/api/v1/me/2fa/confirm", new { code = totp.ComputeTotp() })).ShouldBeAsync(HttpStatusCode.OK);

        using var anonymous = new HttpClient { BaseAddress = b };
        var needed = await (await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email, password = Api.MemberPassword })).ShouldBeAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("two-factor-required", needed.ProblemType());
        // The confirming code is spent; the next step's code is within the accepted drift and not spent yet.
        var next = totp.ComputeTotp(DateTime.UtcNow.AddSeconds(30));
        var signedIn = await (await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email, password = Api.MemberPassword, code = next, refresh_in_body = true }))
            .ShouldBeAsync(HttpStatusCode.OK);
        Assert.False(string.IsNullOrEmpty(signedIn.GetProperty("access_token").GetString()));

        // One ring for the cluster: every node (restarted ones too) found the key the first node made.
        await using var db = new NpgsqlConnection(cluster.Postgres);
        await db.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT COUNT(*) FROM \"DataProtectionKeys\"", db);
        Assert.Equal(1L, (long)(await count.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task Failures_spread_over_two_nodes_lock_the_email_and_address_pair_on_both_and_only_that_pair()
    {
        var email = await NewMemberEmailAsync(cluster.Nodes[0].BaseAddress);
        var ip = NextIp();
        using var a = From(cluster.Nodes[0].BaseAddress, ip);
        using var b = From(cluster.Nodes[1].BaseAddress, ip);

        // The lockout threshold is 5: three failures on A, two on B. Each node alone saw fewer.
        for (var i = 0; i < 5; i++)
            await (await LoginAsync(i % 2 == 0 ? a : b, email, "Wrong-Passw0rd!")).ShouldBeAsync(HttpStatusCode.Unauthorized);

        foreach (var node in new[] { a, b })
        {
            var locked = await (await LoginAsync(node, email, Api.MemberPassword)).ShouldBeAsync(HttpStatusCode.TooManyRequests);
            Assert.Equal("account-locked", locked.ProblemType());
            Assert.InRange(locked.GetProperty("retry_after_seconds").GetInt32(), 1, 30);
        }

        // The owner of the account, from another address, is not locked out on either node.
        var elsewhere = NextIp();
        using (var own = From(cluster.Nodes[1].BaseAddress, elsewhere)) await (await LoginAsync(own, email, Api.MemberPassword)).ShouldBeAsync(HttpStatusCode.OK);

        // The counters live in Redis with a TTL each, so memory stays bounded.
        await using var redis = await ConnectionMultiplexer.ConnectAsync(cluster.Redis);
        var keys = redis.GetServer(redis.GetEndPoints()[0]).Keys(pattern: $"{cluster.KeyPrefix}:signin:*").ToList();
        Assert.NotEmpty(keys);
        foreach (var key in keys) Assert.True(await redis.GetDatabase().KeyTimeToLiveAsync(key) is { } ttl && ttl > TimeSpan.Zero, $"{key} has no TTL");
        Assert.DoesNotContain(keys, k => k.ToString().Contains(email, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Sign_in_attempts_from_one_address_spread_over_two_nodes_meet_one_limit_on_both()
    {
        // Two more nodes of the same cluster with a small per-address limit (the shared ones allow plenty, for the other tests).
        var settings = cluster.Settings(cluster.Redis);
        settings["Gatehouse__Security__LoginAttemptsPerIpPerMinute"] = "4";
        var started = await Task.WhenAll(Enumerable.Range(0, 2).Select(i =>
            GatehouseNodeProcess.StartAsync($"limited-{i}-{Guid.NewGuid().ToString("N")[..4]}", RedisServerProcess.FreePort(), settings)));
        await using var first = started[0];
        await using var second = started[1];
        var ip = NextIp();
        using var a = From(first.BaseAddress, ip);
        using var b = From(second.BaseAddress, ip);

        // Four attempts, two on each node (different e-mails, so no lockout is involved): each node alone saw half the limit.
        for (var i = 0; i < 4; i++)
            await (await LoginAsync(i % 2 == 0 ? a : b, $"nobody-{Guid.NewGuid():N}@example.test", "Wrong-Passw0rd!")).ShouldBeAsync(HttpStatusCode.Unauthorized);

        foreach (var node in new[] { a, b })
        {
            var response = await LoginAsync(node, $"nobody-{Guid.NewGuid():N}@example.test", "Wrong-Passw0rd!");
            var limited = await response.ShouldBeAsync(HttpStatusCode.TooManyRequests);
            Assert.Equal("rate-limited", limited.ProblemType());
            var wait = limited.GetProperty("retry_after_seconds").GetInt32();
            Assert.InRange(wait, 1, 60);
            Assert.Equal(wait.ToString(System.Globalization.CultureInfo.InvariantCulture), response.Headers.GetValues("Retry-After").Single());
        }

        // Another address has its own count on both nodes.
        using (var other = From(second.BaseAddress, NextIp()))
            await (await LoginAsync(other, $"nobody-{Guid.NewGuid():N}@example.test", "Wrong-Passw0rd!")).ShouldBeAsync(HttpStatusCode.Unauthorized);

        // The counters live in Redis with a TTL (the window), and name no address.
        await using var redis = await ConnectionMultiplexer.ConnectAsync(cluster.Redis);
        var keys = redis.GetServer(redis.GetEndPoints()[0]).Keys(pattern: $"{cluster.KeyPrefix}:rate:login:*").ToList();
        Assert.NotEmpty(keys);
        foreach (var key in keys)
        {
            Assert.True(await redis.GetDatabase().KeyTimeToLiveAsync(key) is { } ttl && ttl > TimeSpan.Zero && ttl <= TimeSpan.FromMinutes(1), $"{key} has no window");
            Assert.DoesNotContain(ip, key.ToString(), StringComparison.Ordinal);
        }
    }

    private async Task<int> LeaderAsync()
    {
        for (var i = 0; i < cluster.Nodes.Length; i++)
            if ((await cluster.Nodes[i].WaitReadyAsync("ready")).GetProperty("leader").GetBoolean()) return i;
        throw new InvalidOperationException("No node holds the lease.");
    }

    private static async Task<string> NewMemberEmailAsync(Uri node)
    {
        using var owner = ClusterFixture.Client(node, await ClusterFixture.TokenAsync(node, GatehouseApp.OwnerEmail, GatehouseApp.OwnerPassword));
        return (await owner.CreateUserAsync(Api.Unique("shared"))).GetProperty("email").GetString()!;
    }

    /// <summary>The nodes believe X-Forwarded-For from loopback (the nginx address), so a test can speak from any address.</summary>
    private static HttpClient From(Uri node, string ip) => new() { BaseAddress = node, DefaultRequestHeaders = { { "X-Forwarded-For", ip } } };

    private static string NextIp()
    {
        var n = Interlocked.Increment(ref _ips);
        return $"198.51.{(n >> 8) & 255}.{n & 255}";
    }

    private static Task<HttpResponseMessage> LoginAsync(HttpClient client, string email, string password) =>
        client.PostAsJsonAsync("/api/v1/auth/login", new { email, password, refresh_in_body = true });

    /// <summary>The next delivery about this member (other tests' events may pass by).</summary>
    private static async Task<WebhookReceiver.Received> NextAboutAsync(WebhookReceiver receiver, Guid member)
    {
        while (true)
        {
            var r = await receiver.NextAsync(TimeSpan.FromSeconds(30));
            if (r.AggregateId() == member.ToString()) return r;
        }
    }
}
