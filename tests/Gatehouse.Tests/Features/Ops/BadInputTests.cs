using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using FsCheck.Fluent;
using Gatehouse.Tests.Features.Imports;
using Gatehouse.Tests.Infrastructure;
using Gatehouse.Tests.Infrastructure.Web;

namespace Gatehouse.Tests.Features.Ops;

/// <summary>Bad input of any shape gets a 4xx ProblemDetails that says what is wrong, never a 5xx, and writes nothing.</summary>
public abstract partial class BadInputTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp
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
        { "GET", "/api/v1/users?limit=5&limit=6", "", "invalid-parameter" },
        { "GET", "/api/v1/users?limit=100000", "", "validation" },
        { "GET", "/api/v1/presence?limit=1001", "", "validation" },
        { "GET", "/api/v1/users?sort=password", "", "validation" },
        { "GET", "/api/v1/users?cursor=garbage", "", "invalid-cursor" },
        { "GET", "/api/v1/users?created_after=yesterday", "", "invalid-parameter" },
        { "GET", "/api/v1/audit?result=maybe", "", "validation" },
        { "POST", "/api/v1/users/00000000-0000-0000-0000-000000000000/roles", "{\"add\":[]}", "validation" },
        { "POST", "/api/v1/site-tokens", "{}", "validation" },
        { "POST", "/api/v1/site-tokens", "{\"external_id\":\"42\",\"source\":\"Not A Name\"}", "validation" },
        { "POST", "/api/v1/site-tokens", "{\"external_id\":\"42\",\"username\":\"no spaces allowed\"}", "validation" },
        { "POST", "/api/v1/site-tokens", "{\"external_id\":\"43\"}", "validation" },
        { "POST", "/api/v1/api-keys", "{\"name\":\"k\",\"scopes\":[]}", "validation" },
        { "POST", "/api/v1/api-keys", "{\"name\":\"k\",\"scopes\":[\"users.read\"],\"allowed_ips\":[\"nope\"]}", "validation" },
        { "POST", "/api/v1/api-keys", "{\"name\":\"k\",\"scopes\":[\"users.read\"],\"rate_limit_per_minute\":0}", "validation" },
        { "POST", "/api/v1/api-keys", "{\"name\":\"k\",\"scopes\":[\"users.read\"],\"expires_at\":\"soon\"}", "malformed-json" },
        { "POST", "/api/v1/api-keys/00000000-0000-0000-0000-000000000000/rotate", "{\"grace_period_seconds\":-1}", "validation" },
        { "GET", "/api/v1/api-keys?cursor=garbage", "", "invalid-cursor" },
        { "POST", "/api/v1/webhooks", "{\"url\":\"https://10.0.0.1/x\",\"event_types\":[\"user.created\"]}", "validation" },
        { "POST", "/api/v1/webhooks", "{\"url\":\"https://example.com/x\",\"event_types\":[\"nope\"]}", "validation" },
        { "POST", "/api/v1/webhooks", "{\"url\":\"https://example.com/x\",\"event_types\":\"user.created\"}", "malformed-json" },
        { "GET", "/api/v1/webhooks/00000000-0000-0000-0000-000000000000/deliveries?status=lost", "", "validation" },
        { "POST", "/api/v1/users", "{\"username\":\"rn3\",\"email\":\"rn3@p.test\",\"tags\":[null]}", "validation" },
        { "PUT", "/api/v1/roles/order", "{\"role_ids\":[null]}", "validation" },
        { "POST", "/api/v1/roles", "{\"name\":\"x\",\"permissions\":[null]}", "validation" },
        { "POST", "/api/v1/users/00000000-0000-0000-0000-000000000000/mute", "{\"reason\":\"x\",\"duration\":\"soon\"}", "validation" },
        { "POST", "/api/v1/users/00000000-0000-0000-0000-000000000000/ban", "{\"reason\":[]}", "malformed-json" },
        { "POST", "/api/v1/reports", "{\"target_id\":\"x\",\"category\":\"spam\"}", "malformed-json" },
        { "PATCH", "/api/v1/reports/00000000-0000-0000-0000-000000000000", "{\"status\":\"closed\"}", "validation" },
        { "GET", "/api/v1/sanctions?active=maybe", "", "invalid-parameter" },
        { "GET", "/api/v1/reports?limit=0", "", "validation" },
        { "GET", "/api/v1/moderation/export?format=xml", "", "validation" },
        { "GET", "/api/v1/users/export?format=xml", "", "validation" },
        { "POST", "/api/v1/users/import?policy=merge", "[]", "validation" },
        { "POST", "/api/v1/users/import", "{\"username\":\"x\"}", "import-file-unreadable" },
        { "PUT", "/api/v1/privacy/retention/sessions", "{\"days\":\"long\"}", "malformed-json" },
        { "PUT", "/api/v1/privacy/retention/sessions", "{\"days\":0}", "validation" },
        { "PUT", "/api/v1/privacy/consent-texts/analytics", "{\"text_en\":\"x\"}", "validation" },
        { "PUT", "/api/v1/me/consents/nope", "{\"granted\":true,\"version\":1}", "validation" },
        { "GET", "/api/v1/privacy/register?format=xml", "", "validation" },
        { "POST", "/api/v1/users/not-a-uuid/erase", "", "invalid-parameter" },
        { "POST", "/api/v1/users/import/not-a-uuid/commit", "", "invalid-parameter" },
        { "POST", "/api/v1/users/import/00000000-0000-0000-0000-000000000000/preview", "{\"policy\":1}", "malformed-json" },
        { "POST", "/api/v1/users/import/00000000-0000-0000-0000-000000000000/commit", "", "not-found" },
        { "GET", "/api/v1/users/import/not-a-uuid/password-links", "", "invalid-parameter" },
        { "GET", "/api/v1/users/import/00000000-0000-0000-0000-000000000000/password-links", "", "not-found" },
        { "POST", "/api/v1/invites", "{\"max_uses\":0}", "validation" },
        { "POST", "/api/v1/invites", "{\"max_uses\":\"many\"}", "malformed-json" },
        { "POST", "/api/v1/invites", "{\"roles\":[\"nobody\"]}", "validation" },
        { "POST", "/api/v1/invites", "{\"expires_at\":\"2001-01-01T00:00:00Z\"}", "validation" },
        { "GET", "/api/v1/invites?cursor=garbage", "", "invalid-cursor" },
        { "DELETE", "/api/v1/invites/short", "", "not-found" },
        { "POST", "/api/v1/invites/AAAAAAAAAAAAAAAA/accept", "{\"username\":5}", "malformed-json" },
        { "POST", "/api/v1/users/not-a-uuid/restore", "", "invalid-parameter" },
        { "POST", "/api/v1/users/00000000-0000-0000-0000-000000000000/restore", "", "not-found" },
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

    public static TheoryData<string, int> BadArrays => new()
    {
        { "[null]", 0 }, { "[\"ok\",null]", 1 }, { "[[null]]", 0 }, { "[{\"a\":null}]", 0 }, { "[\"ok\",1]", 1 }, { "[true]", 0 },
    };

    /// <summary>
    /// Every array of every write endpoint, read from the API's own OpenAPI document so a new
    /// array field is covered the day it is added: a bad element is a 400 naming field and index.
    /// </summary>
    [Theory]
    [MemberData(nameof(BadArrays))]
    public async Task Bad_elements_inside_any_array_are_a_400_naming_field_and_index(string array, int badIndex)
    {
        using var owner = await app.OwnerAsync();
        var fields = await ArrayFieldsOfWriteEndpointsAsync(owner);
        Assert.Contains(fields, f => f.Field == "allow_overrides");
        var failures = new List<string>();
        foreach (var (method, path, field) in fields)
        {
            var url = path.Replace("{id}", Guid.NewGuid().ToString(), StringComparison.Ordinal);
            var response = await owner.SendAsync(new HttpRequestMessage(new HttpMethod(method), url)
            {
                Content = new StringContent($"{{\"{field}\":{array}}}", new MediaTypeHeaderValue("application/json")),
            });
            var body = await response.Content.ReadAsStringAsync();
            var key = $"{field}[{badIndex}]";
            if (response.StatusCode != HttpStatusCode.BadRequest || !body.Contains($"\"{key}\"", StringComparison.Ordinal))
                failures.Add($"{method} {path} {field}={array} → {(int)response.StatusCode} {body}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task A_null_tag_creates_nothing()
    {
        using var owner = await app.OwnerAsync();
        var name = Api.Unique("nulltag");
        var response = await owner.PostAsync("/api/v1/users",
            new StringContent($"{{\"username\":\"{name}\",\"email\":\"{name}@p.test\",\"tags\":[null]}}", Encoding.UTF8, "application/json"));
        var problem = await response.ShouldBeAsync(HttpStatusCode.BadRequest);
        Assert.Equal("validation", problem.ProblemType());
        Assert.True(problem.GetProperty("errors").TryGetProperty("tags[0]", out _));
        Assert.Equal(0, (await owner.GetJsonAsync($"/api/v1/users?q={name}")).GetProperty("items").GetArrayLength());
    }

    [Theory]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://127.0.0.1:8080/a.png")]
    [InlineData("http://2130706433/a.png")]
    [InlineData("http://localhost/a.png")]
    [InlineData("http://[::1]/a.png")]
    [InlineData("http://[::ffff:10.0.0.1]/a.png")]
    [InlineData("https://10.1.2.3/a.png")]
    [InlineData("https://192.168.1.1/a.png")]
    [InlineData("http://intranet/a.png")]
    [InlineData("http://metadata.google.internal/computeMetadata/v1/")]
    [InlineData("https://user:secret@cdn.example.com/a.png")]
    [InlineData("ftp://cdn.example.com/a.png")]
    public async Task Avatar_urls_into_private_networks_or_with_credentials_are_refused(string url)
    {
        using var owner = await app.OwnerAsync();
        var name = Api.Unique("avatar");
        var response = await owner.PostAsJsonAsync("/api/v1/users", new { username = name, email = $"{name}@example.test", avatar_url = url });
        var problem = await response.ShouldBeAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("avatar_url", out _), problem.ToString());

        var (_, id, _) = await app.MemberAsync();
        var patch = await owner.PatchAsJsonAsync($"/api/v1/users/{id}", new { avatar_url = url }, "*");
        Assert.True(patch.StatusCode is HttpStatusCode.BadRequest, $"PATCH → {(int)patch.StatusCode}");
    }

    [Fact]
    public async Task A_public_https_avatar_is_accepted()
    {
        using var owner = await app.OwnerAsync();
        var name = Api.Unique("avatar");
        var response = await owner.PostAsJsonAsync("/api/v1/users", new { username = name, email = $"{name}@example.test", avatar_url = "https://cdn.example.com/a.png" });
        var user = await response.ShouldBeAsync(HttpStatusCode.Created);
        Assert.Equal("https://cdn.example.com/a.png", user.GetProperty("avatar_url").GetString());
    }

    [Fact]
    public async Task Demo_avatars_are_not_served_outside_demo_mode()
    {
        using var anonymous = app.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/demo/avatars/alex.svg")).StatusCode);
    }

    /// <summary>
    /// Every POST, PUT and PATCH of the OpenAPI document, sent with no body at all and so no Content-Type
    /// (as <c>curl -X POST</c> sends it), with the admin app served as in production: a normal answer
    /// where the body is optional, otherwise a 4xx ProblemDetails; never a 5xx, never a bare 404.
    /// </summary>
    [Fact]
    public async Task Writes_without_any_body_get_an_answer_or_a_problem_never_a_bare_404_or_a_5xx()
    {
        using var reader = await app.OwnerAsync();
        var doc = await reader.GetJsonAsync("/api/v1/openapi.json");
        var sent = 0;
        var failures = new List<string>();
        foreach (var path in doc.GetProperty("paths").EnumerateObject())
            foreach (var op in path.Value.EnumerateObject())
            {
                var method = op.Name.ToUpperInvariant();
                // A backup without a body is its normal call, and starts a real one in the background (BackupTests).
                if (method is not ("POST" or "PUT" or "PATCH") || path.Name == "/api/v1/backups") continue;
                var url = PathParameter().Replace(path.Name, m => m.Value switch
                {
                    "{code}" => "AAAAAAAAAAAAAAAA",
                    _ when m.Value.EndsWith("id}", StringComparison.OrdinalIgnoreCase) => Guid.NewGuid().ToString(),
                    _ => "zz",
                });
                // A session of its own each time: some bodiless writes are normal calls that change the caller (sign-out).
                using var owner = await app.OwnerAsync();
                var response = await owner.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));
                sent++;
                var status = (int)response.StatusCode;
                var type = response.Content.Headers.ContentType?.MediaType;
                if (status >= 500 || (status >= 400 && type != "application/problem+json"))
                    failures.Add($"{method} {path.Name} → {status} {type} {await response.Content.ReadAsStringAsync()}");
            }
        Assert.True(sent > 50, $"only {sent} writes in the OpenAPI document");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\{[^}]+\}")]
    private static partial System.Text.RegularExpressions.Regex PathParameter();

    /// <summary>(method, path, field) for every array property of every JSON request body in the OpenAPI document.</summary>
    internal static async Task<List<(string Method, string Path, string Field)>> ArrayFieldsOfWriteEndpointsAsync(HttpClient client)
    {
        var doc = await client.GetJsonAsync("/api/v1/openapi.json");
        var schemas = doc.GetProperty("components").GetProperty("schemas");
        var found = new List<(string, string, string)>();
        foreach (var path in doc.GetProperty("paths").EnumerateObject())
            foreach (var op in path.Value.EnumerateObject())
            {
                if (!op.Value.TryGetProperty("requestBody", out var rb)
                    || !rb.GetProperty("content").TryGetProperty("application/json", out var json)) continue;
                var schema = json.GetProperty("schema");
                if (schema.TryGetProperty("$ref", out var r)) schema = schemas.GetProperty(r.GetString()!.Split('/')[^1]);
                if (!schema.TryGetProperty("properties", out var props)) continue;
                foreach (var prop in props.EnumerateObject())
                    if (prop.Value.TryGetProperty("type", out var t) && t.ToString().Contains("array", StringComparison.Ordinal)
                        && !(prop.Value.TryGetProperty("items", out var items) && items.TryGetProperty("$ref", out _))) // arrays of objects: their own tests
                        found.Add((op.Name.ToUpperInvariant(), path.Name, prop.Name));
            }
        return found;
    }

    /// <summary>Random JSON of random shapes against the write endpoints: never a 5xx.</summary>
    [Fact]
    public async Task Random_json_never_causes_a_server_error()
    {
        using var owner = await app.OwnerAsync();
        var target = (await owner.CreateUserAsync(Api.Unique("fuzz"))).GetProperty("id").GetGuid();
        var hook = (await (await owner.PostAsJsonAsync("/api/v1/webhooks", new { url = "https://example.com/fuzz", event_types = new[] { "user.created" }, enabled = false }))
            .ShouldBeAsync(HttpStatusCode.Created)).GetProperty("webhook").GetProperty("id").GetGuid();
        var import = ImportKit.Id(await owner.UploadOkAsync($"username,email\n{Api.Unique("fz")},fz@example.test\n"));
        string[] fields = ["username", "email", "display_name", "password", "roles", "tags", "status", "name", "priority", "permissions",
            "inherits", "color", "add", "remove", "version", "role_ids", "refresh_token", "avatar_url", "allow_overrides", "deny_overrides",
            "denied_permissions", "scopes", "expires_at", "allowed_ips", "rate_limit_per_minute", "grace_period_seconds",
            "url", "event_types", "enabled", "filter_role_ids", "max_per_second", "since", "overlap_seconds", "description",
            "reason", "evidence", "duration", "note", "report_id", "target_id", "category", "severity", "assignee_id", "resolution", "sanction",
            "external_id", "source", "mapping", "policy", "skip_invalid", "external_source"];
        var value = Gen.OneOf(
            Gen.Constant("null"), Gen.Constant("true"), Gen.Choose(-5, 5000).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ArbMap.Default.GeneratorFor<string>().Select(s => JsonSerializer.Serialize(s ?? "")),
            Gen.Constant("[\"admin\",\"\"]"), Gen.Constant("[1,{}]"), Gen.Constant("{\"a\":1}"), Gen.Constant("\"#zzzzzz\""),
            Gen.Constant("[null]"), Gen.Constant("[\"member\",null]"), Gen.Constant("[[null]]"), Gen.Constant("[{\"a\":null}]"), Gen.Constant("[true,2]"));
        var body = Gen.ListOf(Gen.Zip(Gen.Elements(fields), value)).Select(pairs =>
            "{" + string.Join(",", pairs.DistinctBy(p => p.Item1).Take(6).Select(p => $"\"{p.Item1}\":{p.Item2}")) + "}");
        string[] urls = ["/api/v1/users", $"/api/v1/users/{target}", $"/api/v1/users/{target}/roles", "/api/v1/roles", "/api/v1/roles/order",
            "/api/v1/auth/login", "/api/v1/auth/refresh", "/api/v1/api-keys", $"/api/v1/api-keys/{Guid.NewGuid()}/rotate",
            "/api/v1/webhooks", $"/api/v1/webhooks/{hook}", $"/api/v1/webhooks/{hook}/replay", $"/api/v1/webhooks/{hook}/rotate-secret",
            $"/api/v1/users/{target}/warn", $"/api/v1/users/{target}/mute", $"/api/v1/users/{target}/ban", $"/api/v1/users/{target}/unban", "/api/v1/reports",
            "/api/v1/site-tokens", "/api/v1/users/import", $"/api/v1/users/import/{import}/preview"];
        var samples = Gen.Sample(body, 240).ToList();
        var failures = new List<string>();
        for (var i = 0; i < samples.Count; i++)
        {
            var url = urls[i % urls.Length];
            var method = url == $"/api/v1/users/{target}" || url == $"/api/v1/webhooks/{hook}" ? HttpMethod.Patch : url.EndsWith("/order", StringComparison.Ordinal) ? HttpMethod.Put : HttpMethod.Post;
            var response = await owner.SendAsync(new HttpRequestMessage(method, url) { Content = new StringContent(samples[i], new MediaTypeHeaderValue("application/json")) });
            if ((int)response.StatusCode >= 500) failures.Add($"{method} {url} {samples[i]} → {(int)response.StatusCode}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}

/// <summary>With the admin app served (a stand-in), as in production: its page fallback must never take an API request.</summary>
public sealed class BadInputSqliteApp : SqliteApp
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings { get; } = new Dictionary<string, string?>([StandInWebRoot.Setting(StandInWebRoot.Create())]);
}

public sealed class BadInputPostgresApp : PostgresApp
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings { get; } = new Dictionary<string, string?>([StandInWebRoot.Setting(StandInWebRoot.Create())]);
}

public sealed class BadInputTests_Sqlite(BadInputSqliteApp app) : BadInputTests<BadInputSqliteApp>(app);

public sealed class BadInputTests_Postgres(BadInputPostgresApp app) : BadInputTests<BadInputPostgresApp>(app);
