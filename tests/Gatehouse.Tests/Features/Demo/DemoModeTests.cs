using System.Net;
using Gatehouse.Server.Features.Demo;
using Gatehouse.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Gatehouse.Tests.Features.Demo;

public sealed class DemoApp : SqliteApp
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Gatehouse:Demo:Enabled"] = "true",
        ["Gatehouse:Demo:Members"] = "60",
        ["Gatehouse:Demo:OnlineShare"] = "0.5",
        ["Gatehouse:Demo:Tick"] = "00:00:00.050",
    };
}

public sealed class DemoModeTests(DemoApp app) : IClassFixture<DemoApp>
{
    [Fact]
    public async Task Demo_mode_seeds_a_tagged_community_says_so_and_brings_it_to_life()
    {
        using var owner = await app.OwnerAsync();
        Assert.True((await app.CreateClient().GetJsonAsync("/api/v1/server-info")).GetProperty("demo").GetBoolean());

        // The simulator seeds before its first tick, then members start coming online: wait for that step, then look once.
        await app.Services.GetRequiredService<DemoSimulator>().FirstArrivals.WaitAsync(TimeSpan.FromSeconds(30));
        var online = (await owner.GetJsonAsync("/api/v1/presence?statuses=online,idle,dnd&limit=200")).GetProperty("items").EnumerateArray()
            .Count(p => p.GetProperty("status").GetString() != "offline");
        Assert.True(online > 0, "the simulator brought members online but the presence API shows none");

        var members = await owner.GetJsonAsync("/api/v1/users?tag=demo&include_total=true&limit=1");
        Assert.Equal(60, members.GetProperty("total").GetInt64());
        var avatar = members.GetProperty("items")[0].GetProperty("avatar_url").GetString()!;
        var svg = await app.CreateClient().GetAsync(avatar);
        await svg.ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType?.MediaType);
        // Initials in the order of the display name ("Sam Pixel" → SP, not PS from the username).
        var display = members.GetProperty("items")[0].GetProperty("display_name").GetString()!;
        var initials = string.Concat(display.Split(['.', '-', '_', ' '], StringSplitOptions.RemoveEmptyEntries).Take(2).Select(w => char.ToUpperInvariant(w[0])));
        Assert.Contains($">{initials}</text>", await svg.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True((await owner.GetJsonAsync("/api/v1/audit/verify")).GetProperty("ok").GetBoolean());
    }
}
