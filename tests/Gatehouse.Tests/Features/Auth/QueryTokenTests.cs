using System.Net;
using Gatehouse.Tests.Infrastructure;

namespace Gatehouse.Tests.Features.Auth;

/// <summary>
/// <c>?access_token=</c> authenticates only on the real-time routes marked for it (hub negotiate
/// and connect, SSE streams), never on an ordinary API path, whatever its name ends with.
/// </summary>
public abstract class QueryTokenTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp
{
    [Theory]
    [InlineData("GET", "/api/v1/users/stream")]
    [InlineData("GET", "/api/v1/users")]
    [InlineData("GET", "/api/v1/auth/me")]
    [InlineData("GET", "/api/v1/roles/stream")]
    public async Task A_query_token_is_ignored_on_ordinary_api_paths(string method, string path)
    {
        var token = await app.AccessTokenAsync(GatehouseApp.OwnerEmail, GatehouseApp.OwnerPassword);
        using var client = app.CreateClient();
        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), $"{path}?access_token={token}"));
        await response.ShouldBeAsync(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("/hubs/live/negotiate?negotiateVersion=1")]
    [InlineData("/gateway/negotiate?negotiateVersion=1")]
    public async Task Hubs_take_the_token_from_the_query(string path)
    {
        var token = await app.AccessTokenAsync(GatehouseApp.OwnerEmail, GatehouseApp.OwnerPassword);
        using var client = app.CreateClient();
        await (await client.PostAsync($"{path}&access_token={token}", null)).ShouldBeAsync(HttpStatusCode.OK);
        await (await client.PostAsync(path, null)).ShouldBeAsync(HttpStatusCode.Unauthorized);
    }

    /// <summary>A bad filter answers before the stream opens: 400 proves the query token signed the caller in.</summary>
    [Fact]
    public async Task The_presence_stream_takes_the_token_from_the_query()
    {
        var token = await app.AccessTokenAsync(GatehouseApp.OwnerEmail, GatehouseApp.OwnerPassword);
        using var client = app.CreateClient();
        await (await client.GetAsync($"/api/v1/presence/stream?statuses=bogus&access_token={token}")).ShouldBeAsync(HttpStatusCode.BadRequest);
        await (await client.GetAsync("/api/v1/presence/stream?statuses=bogus")).ShouldBeAsync(HttpStatusCode.Unauthorized);
    }
}

public sealed class QueryTokenTests_Sqlite(SqliteApp app) : QueryTokenTests<SqliteApp>(app);

public sealed class QueryTokenTests_Postgres(PostgresApp app) : QueryTokenTests<PostgresApp>(app);
