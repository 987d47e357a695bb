using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gatehouse.Tests.Infrastructure;

namespace Gatehouse.Tests.Features.Invites;

/// <summary>Making invites and accepting them, as the panel and the public page do.</summary>
public static class InviteKit
{
    public static async Task<string> CreateInviteAsync(this HttpClient manager, object body) =>
        (await (await manager.PostAsJsonAsync("/api/v1/invites", body)).ShouldBeAsync(HttpStatusCode.Created)).GetProperty("code").GetString()!;

    /// <summary>A new person's account details (username, e-mail, a strong password).</summary>
    public static object Person(string username) => new { username, email = $"{username}@example.test", password = Api.MemberPassword };

    public static Task<HttpResponseMessage> AcceptAsync(this HttpClient client, string code, object? body = null) =>
        client.PostAsJsonAsync($"/api/v1/invites/{code}/accept", body ?? new { });

    public static async Task<JsonElement> InviteRowAsync(this HttpClient manager, string code) =>
        (await manager.GetJsonAsync("/api/v1/invites?limit=200")).GetProperty("items").EnumerateArray().Single(i => i.GetProperty("code").GetString() == code);

    public static string[] RoleNames(this JsonElement user) => [.. user.GetProperty("roles").EnumerateArray().Select(r => r.GetProperty("name").GetString()!).Order()];
}
