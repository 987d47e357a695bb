using System.Net;
using Gatehouse.Tests.Infrastructure;

namespace Gatehouse.Tests.Features.Invites;

public sealed class InviteRateLimitApp : LiveSqliteApp
{
    public InviteRateLimitApp() => InstanceSettings = new Dictionary<string, string?> { ["Gatehouse:Invites:AcceptsPerIpPerMinute"] = "3" };
}

public sealed class InviteRateLimitPostgresApp : LivePostgresApp
{
    public InviteRateLimitPostgresApp() => InstanceSettings = new Dictionary<string, string?> { ["Gatehouse:Invites:AcceptsPerIpPerMinute"] = "3" };
}

/// <summary>Accepting is public: past the per-address limit, guesses get 429 with Retry-After and use nothing.</summary>
public abstract class InviteRateLimitTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp, ILiveApp
{
    [Fact]
    public async Task Past_the_limit_an_address_gets_429_and_the_invite_keeps_its_uses()
    {
        using var owner = await app.OwnerAsync();
        var code = await owner.CreateInviteAsync(new { max_uses = 10 });
        using var anonymous = app.CreateClient();
        for (var n = 0; n < 3; n++)
            await (await anonymous.AcceptAsync("Guess" + n.ToString("D11", System.Globalization.CultureInfo.InvariantCulture), InviteKit.Person(Api.Unique("g"))))
                .ShouldBeAsync(HttpStatusCode.NotFound);
        var limited = await anonymous.AcceptAsync(code, InviteKit.Person(Api.Unique("late")));
        Assert.Equal("rate-limited", (await limited.ShouldBeAsync(HttpStatusCode.TooManyRequests)).ProblemType());
        Assert.True(limited.Headers.Contains("Retry-After"));
        Assert.Equal(0, (await owner.InviteRowAsync(code)).GetProperty("uses").GetInt32());
    }
}

public sealed class InviteRateLimitTests_Sqlite(InviteRateLimitApp app) : InviteRateLimitTests<InviteRateLimitApp>(app);

public sealed class InviteRateLimitTests_Postgres(InviteRateLimitPostgresApp app) : InviteRateLimitTests<InviteRateLimitPostgresApp>(app);
