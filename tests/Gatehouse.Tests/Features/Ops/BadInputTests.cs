using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using FsCheck.Fluent;
using Gatehouse.Tests.Infrastructure;

namespace Gatehouse.Tests.Features.Ops;

/// <summary>Bad input of any shape gets a 4xx ProblemDetails that says what is wrong, never a 5xx, and writes nothing.</summary>
public abstract class BadInputTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp
{
    public static TheoryData<string, string, string, string> Cases => new()
    {
        { "POST", "/api/v1/users", "{\"username\":", "malformed-json" },
        { "POST", "/api/v1/users", "{\"username\": 42, \"email\": \"a@b.co\"}", "malformed-json" },
        { "POST", "/api/v1/users", "{\"username\":\"ok-name\",\"email\":\"ok@example.test\",\"is_owner\":true}", "malformed-json" },
        { "POST", "/api/v1/users", "[1,2,3]", "malformed-json" },
        { "POST", "/api/v1/users", "null", "body-missing" },
        { "POST", "/api/v1/roles", "{\"name\":\"x\",\"priority\":\"high\"}", "malformed-json" },
        { "POST", "/api/v1/roles", "{\"name\":\"x\",\"priority\":99999999999}", "malformed-json" },
        { "PATCH", "/api/v1/users/not-a-uuid", "{}", "invalid-parameter" },
        { "GET", "/api/v1/users/12345", "", "invalid-parameter" },
        { "GET", "/api/v1/users?limit=abc", "", "invalid-parameter" },
        { "GET", "/api/v1/users?limit=100000", "", "validation" },
        { "GET", "/api/v1/users?sort=password", "", "validation" },
        { "GET", "/api/v1/users?cursor=garbage", "", "invalid-cursor" },
        { "GET", "/api/v1/users?created_after=yesterday", "", "invalid-parameter" },
        { "GET", "/api/v1/audit?result=maybe", "", "validation" },
        { "POST", "/api/v1/users/00000000-0000-0000-0000-000000000000/roles", "{\"add\":[]}", "validation" },
        { "POST", "/api/v1/users/00000000-0000-0000-0000-000000000000/mute", "{\"reason\":\"x\",\"duration\":\"soon\"}", "validation" },
        { "POST", "/api/v1/users/00000000-0000-0000-0000-000000000000/ban", "{\"reason\":[]}", "malformed-json" },
        { "POST", "/api/v1/reports", "{\"target_id\":\"x\",\"category\":\"spam\"}", "malformed-json" },
        { "PATCH", "/api/v1/reports/00000000-0000-0000-0000-000000000000", "{\"status\":\"closed\"}", "validation" },
        { "GET", "/api/v1/sanctions?active=maybe", "", "invalid-parameter" },
        { "GET", "/api/v1/reports?limit=0", "", "validation" },
        { "GET", "/api/v1/moderation/export?format=xml", "", "validation" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Bad_requests_get_a_problem_that_names_the_problem(string method, string url, string body, string expectedType)
    {
        using var owner = await app.OwnerAsync();
        var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (body.Length > 0) request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        var response = await owner.SendAsync(request);
        Assert.InRange((int)response.StatusCode, 400, 499);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(expectedType, problem.ProblemType());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task Unknown_fields_are_named()
    {
        using var owner = await app.OwnerAsync();
        var response = await owner.PostAsync("/api/v1/users",
            new StringContent("{\"username\":\"fine-name\",\"email\":\"fine@example.test\",\"is_owner\":true}", Encoding.UTF8, "application/json"));
        var problem = await response.ShouldBeAsync(HttpStatusCode.BadRequest);
        Assert.Contains("is_owner", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, (await owner.GetJsonAsync("/api/v1/users?q=fine-name")).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Oversized_bodies_are_refused_with_413()
    {
        using var owner = await app.OwnerAsync();
        var huge = "{\"username\":\"" + new string('a', 2 * 1024 * 1024) + "\"}";
        var response = await owner.PostAsync("/api/v1/users", new StringContent(huge, Encoding.UTF8, "application/json"));
        var problem = await response.ShouldBeAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("body-too-large", problem.ProblemType());
    }

    [Fact]
    public async Task Wrong_content_type_is_a_4xx()
    {
        using var owner = await app.OwnerAsync();
        var response = await owner.PostAsync("/api/v1/users", new StringContent("username=x", Encoding.UTF8, "application/x-www-form-urlencoded"));
        Assert.InRange((int)response.StatusCode, 400, 499);
    }

    [Fact]
    public async Task Unknown_routes_are_a_problem_404()
    {
        using var owner = await app.OwnerAsync();
        var response = await owner.GetAsync("/api/v1/nothing-here");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>Random JSON of random shapes against the write endpoints: never a 5xx.</summary>
    [Fact]
    public async Task Random_json_never_causes_a_server_error()
    {
        using var owner = await app.OwnerAsync();
        var target = (await owner.CreateUserAsync(Api.Unique("fuzz"))).GetProperty("id").GetGuid();
        string[] fields = ["username", "email", "display_name", "password", "roles", "tags", "status", "name", "priority", "permissions",
            "inherits", "color", "add", "remove", "version", "role_ids", "refresh_token", "avatar_url", "allow_overrides",
            "reason", "evidence", "duration", "note", "report_id", "target_id", "category", "description", "severity", "assignee_id", "resolution", "sanction"];
        var value = Gen.OneOf(
            Gen.Constant("null"), Gen.Constant("true"), Gen.Choose(-5, 5000).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ArbMap.Default.GeneratorFor<string>().Select(s => JsonSerializer.Serialize(s ?? "")),
            Gen.Constant("[\"admin\",\"\"]"), Gen.Constant("[1,{}]"), Gen.Constant("{\"a\":1}"), Gen.Constant("\"#zzzzzz\""));
        var body = Gen.ListOf(Gen.Zip(Gen.Elements(fields), value)).Select(pairs =>
            "{" + string.Join(",", pairs.DistinctBy(p => p.Item1).Take(6).Select(p => $"\"{p.Item1}\":{p.Item2}")) + "}");
        string[] urls = ["/api/v1/users", $"/api/v1/users/{target}", $"/api/v1/users/{target}/roles", "/api/v1/roles", "/api/v1/roles/order",
            "/api/v1/auth/login", "/api/v1/auth/refresh", $"/api/v1/users/{target}/warn", $"/api/v1/users/{target}/mute",
            $"/api/v1/users/{target}/ban", $"/api/v1/users/{target}/unban", "/api/v1/reports"];
        var samples = Gen.Sample(body, 180).ToList();
        var failures = new List<string>();
        for (var i = 0; i < samples.Count; i++)
        {
            var url = urls[i % urls.Length];
            var method = url == $"/api/v1/users/{target}" ? HttpMethod.Patch : url.EndsWith("/order", StringComparison.Ordinal) ? HttpMethod.Put : HttpMethod.Post;
            var response = await owner.SendAsync(new HttpRequestMessage(method, url) { Content = new StringContent(samples[i], new MediaTypeHeaderValue("application/json")) });
            if ((int)response.StatusCode >= 500) failures.Add($"{method} {url} {samples[i]} → {(int)response.StatusCode}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}

public sealed class BadInputTests_Sqlite(SqliteApp app) : BadInputTests<SqliteApp>(app);

public sealed class BadInputTests_Postgres(PostgresApp app) : BadInputTests<PostgresApp>(app);
