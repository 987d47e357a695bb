using System.Net;
using System.Net.Http.Json;
using Gatehouse.Server.Features.Auth;
using Gatehouse.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Gatehouse.Tests.Features.Auth;

/// <summary>A server started with no owner configured: it waits for the one-time set-up link.</summary>
public sealed class UnconfiguredApp : SqliteApp
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Gatehouse:Owner:Email"] = "",
        ["Gatehouse:Owner:Password"] = "",
    };
}

public sealed class SetupTests(UnconfiguredApp app) : IClassFixture<UnconfiguredApp>
{
    [Fact]
    public async Task The_setup_link_creates_the_owner_once_and_never_again()
    {
        using var client = app.CreateClient();
        Assert.True((await client.GetJsonAsync("/api/v1/setup")).GetProperty("needed").GetBoolean());
        var token = app.Services.GetRequiredService<SetupState>().Token;
        Assert.False(string.IsNullOrEmpty(token));

        var body = new { token = "wrong", username = "founder", email = "founder@example.test", password = "Keep-Sh1p-Safe!" };
        Assert.Equal("setup-token", (await (await client.PostAsJsonAsync("/api/v1/setup", body)).ShouldBeAsync(HttpStatusCode.Forbidden)).ProblemType());
        var weak = await (await client.PostAsJsonAsync("/api/v1/setup", body with { token = token!, password = "password" })).ShouldBeAsync(HttpStatusCode.BadRequest);
        Assert.True(weak.GetProperty("errors").TryGetProperty("password", out _));

        var owner = await (await client.PostAsJsonAsync("/api/v1/setup", body with { token = token! })).ShouldBeAsync(HttpStatusCode.Created);
        Assert.True(owner.GetProperty("is_owner").GetBoolean());
        Assert.False((await client.GetJsonAsync("/api/v1/setup")).GetProperty("needed").GetBoolean());
        await (await client.PostAsJsonAsync("/api/v1/setup", body with { token = token!, username = "second", email = "second@example.test" }))
            .ShouldBeAsync(HttpStatusCode.Conflict);

        using var signedIn = await app.SignedInAsync("founder@example.test", "Keep-Sh1p-Safe!");
        var me = await signedIn.GetJsonAsync("/api/v1/auth/me");
        Assert.Contains("administrator", me.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()));
    }
}

/// <summary>A server with a tight per-IP sign-in limit.</summary>
public sealed class TightLimitApp : SqliteApp
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Gatehouse:Security:LoginAttemptsPerIpPerMinute"] = "3",
    };
}

public sealed class LoginRateLimitTests(TightLimitApp app) : IClassFixture<TightLimitApp>
{
    [Fact]
    public async Task Too_many_attempts_from_one_address_get_429_with_retry_after()
    {
        using var client = app.CreateClient();
        for (var i = 0; i < 3; i++)
            await (await client.PostAsJsonAsync("/api/v1/auth/login", new { email = $"x{i}@example.test", password = "Nope-Nope-1" }))
                .ShouldBeAsync(HttpStatusCode.Unauthorized);
        var limited = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = GatehouseApp.OwnerEmail, password = GatehouseApp.OwnerPassword });
        var problem = await limited.ShouldBeAsync(HttpStatusCode.TooManyRequests);
        Assert.Equal("rate-limited", problem.ProblemType());
        Assert.NotNull(limited.Headers.RetryAfter);
    }
}
