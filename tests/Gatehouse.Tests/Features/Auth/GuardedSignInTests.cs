using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gatehouse.Tests.Infrastructure;

namespace Gatehouse.Tests.Features.Auth;

/// <summary>
/// Lockout per (e-mail, source) that says nothing about whether the account exists, the per-account
/// backstop that slows instead of locking, refresh's own rate limit, and the refresh reuse grace.
/// </summary>
public abstract class GuardedSignInTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp, IGuardedSignInApp
{
    private HttpClient From(string ip)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Remove(IGuardedSignInApp.ClientIpHeader);
        client.DefaultRequestHeaders.Add(IGuardedSignInApp.ClientIpHeader, ip);
        return client;
    }

    private static Task<HttpResponseMessage> LoginAsync(HttpClient client, string email, string password) =>
        client.PostAsJsonAsync("/api/v1/auth/login", new { email, password, refresh_in_body = true });

    private Task<HttpResponseMessage> RefreshAsync(HttpClient client, string token) =>
        client.PostAsJsonAsync("/api/v1/auth/refresh", new { refresh_token = token });

    private static int _ips;

    /// <summary>A source no other test of the class uses (per-IP limits are shared by the class).</summary>
    private static string Ip() => $"192.0.{Interlocked.Increment(ref _ips) / 250}.{1 + (_ips % 250)}";

    [Fact]
    public async Task Unknown_and_real_emails_lock_the_same_way()
    {
        var (_, _, real) = await app.MemberAsync();
        var unknown = $"nobody-{Guid.NewGuid():N}@example.test";
        var answers = new Dictionary<string, List<(HttpStatusCode, string?)>>();
        foreach (var email in new[] { real, unknown })
        {
            using var source = From(Ip());
            answers[email] = [];
            for (var i = 0; i < 6; i++)
            {
                var r = await LoginAsync(source, email, "Wrong-Passw0rd!");
                var body = JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;
                answers[email].Add((r.StatusCode, body.GetProperty("type").GetString()));
            }
        }
        Assert.Equal(answers[real], answers[unknown]);
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[real][^1].Item1);
        Assert.EndsWith("/account-locked", answers[real][^1].Item2, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stranger_locks_only_their_own_source_and_the_lock_expires()
    {
        var (_, _, email) = await app.MemberAsync();
        using var stranger = From("203.0.113.9");
        for (var i = 0; i < 5; i++) await (await LoginAsync(stranger, email, "Wrong-Passw0rd!")).ShouldBeAsync(HttpStatusCode.Unauthorized);
        var locked = await (await LoginAsync(stranger, email, Api.MemberPassword)).ShouldBeAsync(HttpStatusCode.TooManyRequests);
        Assert.InRange(locked.GetProperty("retry_after_seconds").GetInt32(), 1, 30);

        // The member, from their own address, is not locked out.
        using var member = From("203.0.113.10");
        await (await LoginAsync(member, email, Api.MemberPassword)).ShouldBeAsync(HttpStatusCode.OK);

        app.Clock.Advance(TimeSpan.FromSeconds(31));
        await (await LoginAsync(stranger, email, Api.MemberPassword)).ShouldBeAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_member_with_an_authenticator_gets_past_a_strangers_lock_with_password_and_code_and_nobody_else_does()
    {
        var (member, _, email) = await app.MemberAsync();
        var secret = (await (await member.PostAsync("/api/v1/me/2fa/enrolment", null)).ShouldBeAsync(HttpStatusCode.OK)).GetProperty("secret").GetString()!;
        var totp = new OtpNet.Totp(OtpNet.Base32Encoding.ToBytes(secret));
        await (await member.PostAsJsonAsync("/api/v1/me/2fa/confirm", new { code = totp.ComputeTotp(app.Clock.GetUtcNow().UtcDateTime) }))
            .ShouldBeAsync(HttpStatusCode.OK);
        // The next 30-second step: the enrolment's code is spent.
        app.Clock.Advance(TimeSpan.FromSeconds(30));
        var code = totp.ComputeTotp(app.Clock.GetUtcNow().UtcDateTime);

        using var shared = From(Ip());
        for (var i = 0; i < 5; i++) await (await LoginAsync(shared, email, "Wrong-Passw0rd!")).ShouldBeAsync(HttpStatusCode.Unauthorized);
        Task<HttpResponseMessage> WithCode(string password, string c) =>
            shared.PostAsJsonAsync("/api/v1/auth/login", new { email, password, code = c, refresh_in_body = true });
        // A wrong code, or a good code with a wrong password, still meets the lock, with the same answer as any
        // locked attempt (the password alone is A_stranger_locks_only_their_own_source; the source has 8 tries a minute).
        Assert.Equal("account-locked", (await (await WithCode(Api.MemberPassword, code == "000000" ? "111111" : "000000")).ShouldBeAsync(HttpStatusCode.TooManyRequests)).ProblemType());
        Assert.Equal("account-locked", (await (await WithCode("Wrong-Passw0rd!", code)).ShouldBeAsync(HttpStatusCode.TooManyRequests)).ProblemType());
        // Password and a good code: the member is in, and the lock on that source is lifted.
        await (await WithCode(Api.MemberPassword, code)).ShouldBeAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_locked_source_without_a_second_factor_stays_locked_even_with_the_right_password_and_any_code()
    {
        var (_, _, email) = await app.MemberAsync();
        var unknown = $"nobody-{Guid.NewGuid():N}@example.test";
        foreach (var target in new[] { email, unknown })
        {
            using var source = From(Ip());
            for (var i = 0; i < 5; i++) await (await LoginAsync(source, target, "Wrong-Passw0rd!")).ShouldBeAsync(HttpStatusCode.Unauthorized);
            var answer = await (await source.PostAsJsonAsync("/api/v1/auth/login", new { email = target, password = Api.MemberPassword, code = "123456" }))
                .ShouldBeAsync(HttpStatusCode.TooManyRequests);
            Assert.Equal("account-locked", answer.ProblemType());
        }
    }

    [Fact]
    public async Task Many_sources_past_the_backstop_slow_every_attempt_but_never_lock()
    {
        var (_, _, email) = await app.MemberAsync();
        var unknown = $"ghost-{Guid.NewGuid():N}@example.test";
        foreach (var target in new[] { email, unknown })
            for (var i = 0; i < 12; i++)
            {
                using var attacker = From(Ip());
                await (await LoginAsync(attacker, target, "Wrong-Passw0rd!")).ShouldBeAsync(HttpStatusCode.Unauthorized);
            }

        foreach (var (target, password, expected) in new[] { (unknown, "Wrong-Passw0rd!", HttpStatusCode.Unauthorized), (email, Api.MemberPassword, HttpStatusCode.OK) })
        {
            using var fresh = From(Ip());
            var armed = app.Clock.TimerArmed(TimeSpan.FromSeconds(7));
            var attempt = LoginAsync(fresh, target, password);
            await armed.WaitAsync(TimeSpan.FromSeconds(30));
            Assert.False(attempt.IsCompleted);
            app.Clock.Advance(TimeSpan.FromSeconds(7));
            await (await attempt).ShouldBeAsync(expected);
        }
    }

    [Fact]
    public async Task Refresh_has_its_own_limit_apart_from_sign_in()
    {
        var (_, _, email) = await app.MemberAsync();
        using var office = From("198.51.100.77");
        var token = "";
        for (var i = 0; i < 8; i++)
            token = (await (await LoginAsync(office, email, Api.MemberPassword)).ShouldBeAsync(HttpStatusCode.OK)).GetProperty("refresh_token").GetString()!;
        await (await LoginAsync(office, email, Api.MemberPassword)).ShouldBeAsync(HttpStatusCode.TooManyRequests);

        for (var i = 0; i < 4; i++)
            token = (await (await RefreshAsync(office, token)).ShouldBeAsync(HttpStatusCode.OK)).GetProperty("refresh_token").GetString()!;
        var limited = await (await RefreshAsync(office, token)).ShouldBeAsync(HttpStatusCode.TooManyRequests);
        Assert.Contains("refresh", limited.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_second_refresh_within_the_grace_gets_the_same_successor_and_after_it_revokes()
    {
        var (_, _, email) = await app.MemberAsync();
        using var client = app.CreateClient();
        var first = (await (await LoginAsync(client, email, Api.MemberPassword)).ShouldBeAsync(HttpStatusCode.OK)).GetProperty("refresh_token").GetString()!;
        using var tab1 = app.CreateClient();
        using var tab2 = app.CreateClient();
        var second = (await (await RefreshAsync(tab1, first)).ShouldBeAsync(HttpStatusCode.OK)).GetProperty("refresh_token").GetString()!;

        app.Clock.Advance(TimeSpan.FromSeconds(9));
        var again = await (await RefreshAsync(tab2, first)).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(second, again.GetProperty("refresh_token").GetString());

        // The family is alive: the successor rotates on.
        using var tab3 = app.CreateClient();
        var third = (await (await RefreshAsync(tab3, second)).ShouldBeAsync(HttpStatusCode.OK)).GetProperty("refresh_token").GetString()!;

        app.Clock.Advance(TimeSpan.FromSeconds(2));
        using var late = app.CreateClient();
        var reuse = await (await RefreshAsync(late, first)).ShouldBeAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("refresh-token-reused", reuse.ProblemType());
        using var after = app.CreateClient();
        await (await RefreshAsync(after, third)).ShouldBeAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Two_refreshes_racing_with_one_token_both_get_the_same_successor()
    {
        var (_, _, email) = await app.MemberAsync();
        using var client = app.CreateClient();
        var first = (await (await LoginAsync(client, email, Api.MemberPassword)).ShouldBeAsync(HttpStatusCode.OK)).GetProperty("refresh_token").GetString()!;
        using var a = app.CreateClient();
        using var b = app.CreateClient();
        var answers = await Task.WhenAll(RefreshAsync(a, first), RefreshAsync(b, first));
        var tokens = new List<string>();
        foreach (var answer in answers) tokens.Add((await answer.ShouldBeAsync(HttpStatusCode.OK)).GetProperty("refresh_token").GetString()!);
        Assert.Equal(tokens[0], tokens[1]);
    }
}

public sealed class GuardedSignInTests_Sqlite(GuardedSignInSqliteApp app) : GuardedSignInTests<GuardedSignInSqliteApp>(app);

public sealed class GuardedSignInTests_Postgres(GuardedSignInPostgresApp app) : GuardedSignInTests<GuardedSignInPostgresApp>(app);
