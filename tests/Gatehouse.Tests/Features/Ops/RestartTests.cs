using System.Net;
using System.Net.Http.Json;
using Gatehouse.Tests.Infrastructure;

namespace Gatehouse.Tests.Features.Ops;

/// <summary>Everything acknowledged survives a restart of the server on the same database.</summary>
public sealed class RestartTests
{
    [Fact]
    public Task Sqlite_data_survives_a_restart()
    {
        var dir = Path.Combine(Path.GetTempPath(), "gatehouse-tests", Guid.NewGuid().ToString("N"));
        return SurvivesAsync(() => new SqliteApp { DataDirectory = dir, KeepStorage = true }, () => new SqliteApp { DataDirectory = dir });
    }

    [Fact]
    public async Task Postgres_data_survives_a_restart()
    {
        var name = "gh_test_" + Guid.NewGuid().ToString("N")[..16];
        var dir = Path.Combine(Path.GetTempPath(), "gatehouse-tests", Guid.NewGuid().ToString("N"));
        await SurvivesAsync(() => new PostgresApp { DatabaseName = name, DataDirectory = dir, KeepStorage = true },
            () => new PostgresApp { DatabaseName = name, DataDirectory = dir });
    }

    private static async Task SurvivesAsync(Func<GatehouseApp> first, Func<GatehouseApp> second)
    {
        Guid id;
        string roleName = Api.Unique("kept");
        await using (var app = first())
        {
            await ((IAsyncLifetime)app).InitializeAsync();
            using var owner = await app.OwnerAsync();
            await (await owner.PostAsJsonAsync("/api/v1/roles", new { name = roleName, priority = 12, permissions = new[] { "users.read" } }))
                .ShouldBeAsync(HttpStatusCode.Created);
            id = (await owner.CreateUserAsync(Api.Unique("kept"), [roleName], ["durable"])).GetProperty("id").GetGuid();
            await ((IAsyncLifetime)app).DisposeAsync();
        }

        var again = second();
        await ((IAsyncLifetime)again).InitializeAsync();
        try
        {
            using var owner = await again.OwnerAsync();
            var user = await owner.GetJsonAsync($"/api/v1/users/{id}");
            Assert.Equal(roleName, user.GetProperty("roles")[0].GetProperty("name").GetString());
            Assert.Equal("durable", user.GetProperty("tags")[0].GetString());
            Assert.Contains("users.read", user.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()));
            // Same audit chain, same signing key: still verifies; and one owner, not two.
            Assert.True((await owner.GetJsonAsync("/api/v1/audit/verify")).GetProperty("ok").GetBoolean());
            var owners = (await owner.GetJsonAsync("/api/v1/users?role=admin")).GetProperty("items").EnumerateArray().Count(u => u.GetProperty("is_owner").GetBoolean());
            Assert.Equal(1, owners);
        }
        finally
        {
            await ((IAsyncLifetime)again).DisposeAsync();
        }
    }
}
