using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Gatehouse.Tests.Infrastructure;

/// <summary>Small helpers so tests read as the requests they make.</summary>
public static class Api
{
    private static int _counter;

    /// <summary>A name no other test uses (tests of one class share a database).</summary>
    public static string Unique(string prefix) => $"{prefix}{Interlocked.Increment(ref _counter)}x{Environment.TickCount64 % 100000}";

    public const string MemberPassword = "Member-Passw0rd!";

    public static async Task<string> AccessTokenAsync(this GatehouseApp app, string email, string password)
    {
        using var anon = app.CreateClient();
        var response = await anon.PostAsJsonAsync("/api/v1/auth/login", new { email, password, refresh_in_body = true });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"login of {email} failed: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
    }

    public static async Task<HttpClient> SignedInAsync(this GatehouseApp app, string email, string password)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await app.AccessTokenAsync(email, password));
        return client;
    }

    public static Task<HttpClient> OwnerAsync(this GatehouseApp app) => app.SignedInAsync(GatehouseApp.OwnerEmail, GatehouseApp.OwnerPassword);

    /// <summary>Creates a member (as the owner) with these roles and signs them in.</summary>
    public static async Task<(HttpClient Client, Guid Id, string Email)> MemberAsync(this GatehouseApp app, params string[] roles)
    {
        using var owner = await app.OwnerAsync();
        var user = await owner.CreateUserAsync(Unique("m"), roles);
        var email = user.GetProperty("email").GetString()!;
        return (await app.SignedInAsync(email, MemberPassword), user.GetProperty("id").GetGuid(), email);
    }

    public static async Task<JsonElement> CreateUserAsync(this HttpClient client, string username, string[]? roles = null, string[]? tags = null)
    {
        var response = await client.PostAsJsonAsync("/api/v1/users", new
        {
            username,
            email = $"{username}@example.test",
            display_name = $"User {username}",
            password = MemberPassword,
            roles = roles ?? [],
            tags = tags ?? [],
        });
        return await response.ShouldBeAsync(HttpStatusCode.Created);
    }

    public static async Task<JsonElement> ShouldBeAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected,
            $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.PathAndQuery}: expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        var isJson = response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.Ordinal) == true;
        return body.Length == 0 || !isJson ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url) =>
        await (await client.GetAsync(url)).ShouldBeAsync(HttpStatusCode.OK);

    public static Task<HttpResponseMessage> PatchAsJsonAsync<T>(this HttpClient client, string url, T body, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, url) { Content = JsonContent.Create(body) };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return client.SendAsync(request);
    }

    public static string ProblemType(this JsonElement problem) => problem.GetProperty("type").GetString()!.Split('/')[^1];
}
