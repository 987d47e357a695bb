using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Gatehouse.Tests.Infrastructure;

namespace Gatehouse.Tests.Features.ApiKeys;

/// <summary>Creating keys and calling the API with them, as an integration would.</summary>
public static class ApiKeyKit
{
    public sealed record CreatedKey(Guid Id, string Secret, JsonElement Body);

    public static async Task<CreatedKey> CreateKeyAsync(this HttpClient admin, string[] scopes, object? extra = null)
    {
        var body = new Dictionary<string, object?> { ["name"] = Api.Unique("key"), ["scopes"] = scopes };
        if (extra is not null)
            foreach (var p in extra.GetType().GetProperties()) body[p.Name] = p.GetValue(extra);
        var created = await (await admin.PostAsJsonAsync("/api/v1/api-keys", body)).ShouldBeAsync(HttpStatusCode.Created);
        return new CreatedKey(created.GetProperty("api_key").GetProperty("id").GetGuid(), created.GetProperty("key").GetString()!, created);
    }

    /// <summary>A client that authenticates with the key as <c>Authorization: Bearer</c> (or <c>X-Api-Key</c>).</summary>
    public static HttpClient WithKey(this GatehouseApp app, string key, bool asHeader = false)
    {
        var client = app.CreateClient();
        if (asHeader) client.DefaultRequestHeaders.Add("X-Api-Key", key);
        else client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    public static async Task<JsonElement> KeyRowAsync(this HttpClient admin, Guid id) =>
        (await admin.GetJsonAsync("/api/v1/api-keys?limit=200")).GetProperty("items").EnumerateArray().Single(k => k.GetProperty("id").GetGuid() == id);
}
