using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Gatehouse.Bench.Presence;

/// <summary>
/// The bench's accounts: <c>{prefix}00000</c>, ... created through the public API when missing,
/// signed in once, their access tokens cached on disk while they stay valid (so a second run does
/// not spend a minute signing 10k users in).
/// </summary>
public sealed class BenchUsers(PresenceBenchOptions options, HttpClient http)
{
    public const string Password = "Bench-Member-Passw0rd!";

    public async Task<string> OwnerTokenAsync() => await LoginAsync(options.OwnerEmail, options.OwnerPassword)
        ?? throw new InvalidOperationException($"cannot sign in as {options.OwnerEmail}; start the server with that owner (see bench/README.md)");

    /// <summary>One access token per user, for <paramref name="count"/> users.</summary>
    public async Task<string[]> TokensAsync(int count, string ownerToken)
    {
        var cache = LoadCache();
        var tokens = new string[count];
        var created = 0;
        var signedIn = 0;
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
        {
            var email = $"{options.UserPrefix}{i:D5}@bench.test";
            if (cache.TryGetValue(email, out var cached) && StillValid(cached)) { tokens[i] = cached; return; }
            var token = await LoginAsync(email, Password);
            if (token is null)
            {
                await CreateAsync(ownerToken, i);
                Interlocked.Increment(ref created);
                token = await LoginAsync(email, Password) ?? throw new InvalidOperationException($"cannot sign in as {email}");
            }
            Interlocked.Increment(ref signedIn);
            tokens[i] = token;
        });
        if (created + signedIn > 0)
        {
            Console.WriteLine($"  users: {created} created, {signedIn} signed in, {count - signedIn} tokens reused");
            var all = LoadCache();
            for (var i = 0; i < count; i++) all[$"{options.UserPrefix}{i:D5}@bench.test"] = tokens[i];
            await File.WriteAllTextAsync(options.TokenCache, JsonSerializer.Serialize(all));
        }
        return tokens;
    }

    private async Task CreateAsync(string ownerToken, int i)
    {
        var name = $"{options.UserPrefix}{i:D5}";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/users")
        {
            Content = JsonContent.Create(new Dictionary<string, object>
            {
                ["username"] = name,
                ["email"] = $"{name}@bench.test",
                ["display_name"] = $"Bench {i}",
                ["password"] = Password,
            }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ownerToken);
        using var response = await http.SendAsync(request);
        if (response.StatusCode is not (HttpStatusCode.Created or HttpStatusCode.Conflict))
            throw new InvalidOperationException($"creating {name}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private async Task<string?> LoginAsync(string email, string password)
    {
        using var response = await http.PostAsJsonAsync("/api/v1/auth/login", new Dictionary<string, object> { ["email"] = email, ["password"] = password });
        if (response.StatusCode == HttpStatusCode.Unauthorized) return null;
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"login {email}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("access_token").GetString();
    }

    private Dictionary<string, string> LoadCache()
    {
        try
        {
            return File.Exists(options.TokenCache)
                ? JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(options.TokenCache)) ?? []
                : [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    /// <summary>Valid for at least ten more minutes (the payload's <c>exp</c>); a bench run must not outlive its tokens.</summary>
    private static bool StillValid(string jwt)
    {
        var parts = jwt.Split('.');
        if (parts.Length != 3) return false;
        var payload = parts[1].Replace('-', '+').Replace('_', '/');
        payload = payload.PadRight(payload.Length + (4 - payload.Length % 4) % 4, '=');
        using var doc = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(payload)));
        return doc.RootElement.TryGetProperty("exp", out var exp)
            && DateTimeOffset.FromUnixTimeSeconds(exp.GetInt64()) > DateTimeOffset.UtcNow.AddMinutes(10);
    }
}
