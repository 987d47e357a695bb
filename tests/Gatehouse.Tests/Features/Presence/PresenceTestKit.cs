using System.Net.Http.Json;
using Gatehouse.Server.Features.Presence.Gateway;
using Gatehouse.Tests.Infrastructure;

namespace Gatehouse.Tests.Features.Presence;

/// <summary>People and waits the presence tests share.</summary>
public static class PresenceTestKit
{
    public sealed record Person(Guid Id, string Email, string Token, HttpClient Client);

    public static async Task<Person> PersonAsync<TApp>(this TApp app, params string[] roles) where TApp : GatehouseApp
    {
        var (client, id, email) = await app.MemberAsync(roles);
        return new Person(id, email, await app.AccessTokenAsync(email, Api.MemberPassword), client);
    }

    public static async Task<Person> OwnerPersonAsync<TApp>(this TApp app) where TApp : GatehouseApp
    {
        var me = await (await app.OwnerAsync()).GetJsonAsync("/api/v1/auth/me");
        return new Person(me.GetProperty("user").GetProperty("id").GetGuid(), GatehouseApp.OwnerEmail,
            await app.AccessTokenAsync(GatehouseApp.OwnerEmail, GatehouseApp.OwnerPassword), await app.OwnerAsync());
    }

    /// <summary>The answer of a session's renewal asked to <paramref name="include"/> (a new session of the member, signed in for it).</summary>
    public static async Task<System.Text.Json.JsonElement> RenewedAsync<TApp>(this TApp app, Person person, string include) where TApp : GatehouseApp
    {
        var login = await (await app.CreateClient().PostAsJsonAsync("/api/v1/auth/login",
            new { email = person.Email, password = Api.MemberPassword, refresh_in_body = true })).ShouldBeAsync(System.Net.HttpStatusCode.OK);
        return await (await app.CreateClient().PostAsJsonAsync($"/api/v1/auth/refresh?include={include}",
            new { refresh_token = login.GetProperty("refresh_token").GetString() })).ShouldBeAsync(System.Net.HttpStatusCode.OK);
    }

    /// <summary>Waits for the server to finish handling something the client already saw complete (a disconnect).</summary>
    public static async Task UntilAsync(Func<bool> condition, string what)
    {
        using var cts = new CancellationTokenSource(LiveClients.Timeout);
        while (!condition())
        {
            if (cts.IsCancellationRequested) Assert.Fail($"timed out waiting until {what}\n{ServerWarnings.Recent()}");
            await Task.Delay(10, CancellationToken.None);
        }
    }

    public static Task ServerDroppedAsync(this ILiveApp app, GatewayClient client)
    {
        var id = client.Ready.GetProperty("session_id").GetString()!;
        return UntilAsync(() => app.Service<GatewayConnections>().Find(id) is null, "the server dropped the session");
    }

    public static Task<HttpResponseMessage> SetStatusAsync(this HttpClient client, Guid userId, object body) =>
        client.PostAsJsonAsync($"/api/v1/users/{userId}/status", body);
}
