using System.Net;
using Gatehouse.Tests.Infrastructure;

namespace Gatehouse.Tests.Features.Users;

public sealed class HardDeleteApp : SqliteApp
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Gatehouse:Users:DeleteMode"] = "Hard" };
}

public sealed class HardDeleteTests(HardDeleteApp app) : IClassFixture<HardDeleteApp>
{
    [Fact]
    public async Task With_the_hard_policy_the_row_is_gone_and_the_name_is_free_again_but_the_audit_keeps_the_trace()
    {
        using var owner = await app.OwnerAsync();
        var name = Api.Unique("hard");
        var id = (await owner.CreateUserAsync(name)).GetProperty("id").GetGuid();
        await (await owner.DeleteAsync($"/api/v1/users/{id}")).ShouldBeAsync(HttpStatusCode.NoContent);
        Assert.Empty((await owner.GetJsonAsync($"/api/v1/users?q={name}&include_deleted=true")).GetProperty("items").EnumerateArray());
        await owner.CreateUserAsync(name);

        var trail = await owner.GetJsonAsync($"/api/v1/audit?target_id={id}&action=user.deleted");
        Assert.Equal("hard", Assert.Single(trail.GetProperty("items").EnumerateArray()).GetProperty("payload").GetProperty("mode").GetString());
        Assert.True((await owner.GetJsonAsync("/api/v1/audit/verify")).GetProperty("ok").GetBoolean());
    }
}
