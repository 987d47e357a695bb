using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Infrastructure.Security;
using Gatehouse.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Gatehouse.Tests.Features.Ops;

/// <summary>
/// Every mapped endpoint declares who may call it, in one place. An endpoint added without a
/// declaration fails here; every permission-guarded one answers 401 without credentials and
/// 403 to a signed-in member without the permission.
/// </summary>
public abstract class EndpointPermissionMatrixTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp
{
    private sealed record Route(string Method, string Url, string Display, string? Permission, bool IsPublic, bool IsSelfService);

    /// <summary>What browsers, XML clients and curl send: none of them may turn an error into an empty or HTML answer.</summary>
    private static readonly string[] Accepts = ["text/html", "application/xml", "*/*", "text/plain", "application/json"];

    private List<Route> Routes(string? id = null)
    {
        _ = app.Server; // start the host so endpoints are built
        return app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e =>
            {
                var methods = e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"];
                var url = "/" + string.Join('/', e.RoutePattern.PathSegments.Select(s => string.Concat(s.Parts.Select(p => p switch
                {
                    Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart l => l.Content,
                    Microsoft.AspNetCore.Routing.Patterns.RoutePatternSeparatorPart sep => sep.Content,
                    Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart { Name: "documentName" } => "v1",
                    Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart { Name: "id" } => id ?? Guid.NewGuid().ToString(),
                    _ => "x",
                }))));
                return methods.Select(m => new Route(m, url, $"{m} {e.RoutePattern.RawText}",
                    e.Metadata.GetMetadata<RequiresPermission>()?.Permission,
                    e.Metadata.GetMetadata<PublicEndpoint>() is not null,
                    e.Metadata.GetMetadata<SelfServiceEndpoint>() is not null));
            })
            .Where(r => r.Method != "OPTIONS")
            .ToList();
    }

    [Fact]
    public void Every_endpoint_declares_exactly_one_access_rule()
    {
        var routes = Routes();
        Assert.True(routes.Count > 25, $"only {routes.Count} endpoints found");
        var undeclared = routes.Where(r => (r.Permission is not null ? 1 : 0) + (r.IsPublic ? 1 : 0) + (r.IsSelfService ? 1 : 0) != 1)
            .Select(r => r.Display).ToList();
        Assert.True(undeclared.Count == 0, "Endpoints without exactly one access rule: " + string.Join(", ", undeclared));
    }

    [Fact]
    public async Task Guarded_endpoints_answer_401_without_credentials_and_403_without_the_permission()
    {
        var (guest, _, _) = await app.MemberAsync("guest");
        using var anonymous = app.CreateClient();
        var failures = new List<string>();
        var n = 0;
        foreach (var route in Routes().Where(r => r.Permission is not null || r.IsSelfService))
        {
            var accept = Accepts[n++ % Accepts.Length];
            var anon = await anonymous.SendAsync(Request(route, accept));
            if (anon.StatusCode != HttpStatusCode.Unauthorized) failures.Add($"{route.Display} anonymous → {(int)anon.StatusCode}");
            await ExpectProblemAsync(anon, $"{route.Display} anonymous, Accept {accept}", failures);
            if (route.Permission is null) continue;
            var member = await guest.SendAsync(Request(route, accept));
            await ExpectProblemAsync(member, $"{route.Display} without permission, Accept {accept}", failures);
            if (member.StatusCode != HttpStatusCode.Forbidden) failures.Add($"{route.Display} without {route.Permission} → {(int)member.StatusCode}");
            else if (!(await member.Content.ReadAsStringAsync()).Contains(route.Permission, StringComparison.Ordinal))
                failures.Add($"{route.Display}: the 403 does not name {route.Permission}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>
    /// An API key is a member with exactly its scopes: a key holding every permission except the
    /// one a route needs gets the same 403 as a member without it, and a bad key the same 401.
    /// </summary>
    [Fact]
    public async Task Api_keys_are_treated_like_members_with_exactly_their_scopes()
    {
        using var owner = await app.OwnerAsync();
        var failures = new List<string>();
        var keys = new Dictionary<string, string>();
        using var badKey = app.CreateClient();
        badKey.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "gh_live_000000000000_" + new string('0', 64));
        foreach (var route in Routes().Where(r => r.Permission is not null || r.IsSelfService))
        {
            var anon = await badKey.SendAsync(Request(route));
            if (anon.StatusCode != HttpStatusCode.Unauthorized) failures.Add($"{route.Display} with an unknown key → {(int)anon.StatusCode}");
            if (route.Permission is not { } permission) continue;
            if (!keys.TryGetValue(permission, out var secret))
            {
                var scopes = Permissions.All.Where(p => p != permission && p != Permissions.Administrator).ToArray();
                var created = await (await owner.PostAsJsonAsync("/api/v1/api-keys", new { name = "all but " + permission, scopes }))
                    .ShouldBeAsync(HttpStatusCode.Created);
                keys[permission] = secret = created.GetProperty("key").GetString()!;
            }
            using var keyClient = app.CreateClient();
            keyClient.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
            var response = await keyClient.SendAsync(Request(route));
            if (response.StatusCode != HttpStatusCode.Forbidden) failures.Add($"{route.Display} with a key lacking {permission} → {(int)response.StatusCode}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task Denied_requests_are_audited()
    {
        var (guest, id, _) = await app.MemberAsync("guest");
        await guest.GetAsync("/api/v1/roles");
        using var owner = await app.OwnerAsync();
        var denied = await owner.GetJsonAsync($"/api/v1/audit?actor={id}&result=denied");
        Assert.Contains(denied.GetProperty("items").EnumerateArray(),
            e => e.GetProperty("action").GetString() == "access.denied" && e.GetProperty("payload").GetProperty("permission").GetString() == "roles.read");
    }

    /// <summary>
    /// Every error under /api, /hubs and /gateway is application/problem+json whatever Accept says:
    /// a bad or missing token, an unknown id, a malformed id, an unknown path.
    /// </summary>
    [Fact]
    public async Task Errors_are_problem_json_whatever_the_accept_header()
    {
        using var owner = await app.OwnerAsync();
        using var anonymous = app.CreateClient();
        using var forged = app.CreateClient();
        forged.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not.a.token");
        var failures = new List<string>();
        foreach (var accept in Accepts)
        {
            foreach (var route in Routes("not-a-uuid").Where(r => r.Url.Contains("not-a-uuid", StringComparison.Ordinal)))
                await ExpectProblemAsync(await owner.SendAsync(Request(route, accept)), $"{route.Display} bad id, Accept {accept}", failures, 400);
            // Routes that name a member (an export of the list names none).
            foreach (var route in Routes().Where(r => r.Url.Contains("/api/v1/users/", StringComparison.Ordinal) && r.Display.Contains("{id}", StringComparison.Ordinal) && r.Permission is not null))
                await ExpectProblemAsync(await owner.SendAsync(Request(route, accept)), $"{route.Display} unknown id, Accept {accept}", failures);
            foreach (var path in new[] { "/api/v1/nothing-here", "/api/nothing", "/hubs/nothing", "/gateway/nothing", "/.well-known/nothing" })
                await ExpectProblemAsync(await owner.SendAsync(new HttpRequestMessage(HttpMethod.Get, path) { Headers = { { "Accept", accept } } }),
                    $"GET {path}, Accept {accept}", failures, 404);
            await ExpectProblemAsync(await forged.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/v1/auth/me") { Headers = { { "Accept", accept } } }),
                $"forged token on /auth/me, Accept {accept}", failures, 401);
            await ExpectProblemAsync(await anonymous.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/hubs/live/negotiate?negotiateVersion=1") { Headers = { { "Accept", accept } } }),
                $"anonymous hub negotiate, Accept {accept}", failures, 401);
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task A_rejected_token_gets_a_bearer_challenge()
    {
        using var forged = app.CreateClient();
        forged.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not.a.token");
        var response = await forged.GetAsync("/api/v1/auth/me");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.StartsWith("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    /// <summary>The OpenAPI document tells clients what the server enforces: scheme, 401/403/429, snake_case query names.</summary>
    [Fact]
    public async Task The_openapi_document_declares_security_and_error_answers()
    {
        using var anonymous = app.CreateClient();
        var doc = await anonymous.GetJsonAsync("/api/v1/openapi.json");
        var bearer = doc.GetProperty("components").GetProperty("securitySchemes").GetProperty("bearer");
        Assert.Equal("bearer", bearer.GetProperty("scheme").GetString());
        var failures = new List<string>();
        foreach (var route in Routes().Where(r => r.Url.StartsWith("/api/v1/", StringComparison.Ordinal) && !r.Url.Contains("openapi", StringComparison.Ordinal)))
        {
            var raw = route.Display[(route.Method.Length + 1)..];
            if (!doc.GetProperty("paths").TryGetProperty(raw.TrimEnd('/'), out var path) && !doc.GetProperty("paths").TryGetProperty(raw, out path)) continue;
            if (!path.TryGetProperty(route.Method.ToLowerInvariant(), out var op)) continue;
            var responses = op.GetProperty("responses");
            if ((route.Permission is not null || route.IsSelfService)
                && (!op.TryGetProperty("security", out _) || !responses.TryGetProperty("401", out _)))
                failures.Add($"{route.Display}: no security requirement or 401");
            if (route.Permission is not null && !responses.TryGetProperty("403", out _)) failures.Add($"{route.Display}: no 403");
            if (op.TryGetProperty("parameters", out var parameters))
                foreach (var p in parameters.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "query"))
                    if (p.GetProperty("name").GetString() is { } name && name != name.ToLowerInvariant()) failures.Add($"{route.Display}: query parameter {name}");
        }
        var login = doc.GetProperty("paths").GetProperty("/api/v1/auth/login").GetProperty("post").GetProperty("responses");
        if (!login.TryGetProperty("429", out _)) failures.Add("login: no 429");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static async Task ExpectProblemAsync(HttpResponseMessage response, string what, List<string> failures, int? status = null)
    {
        var body = await response.Content.ReadAsStringAsync();
        var type = response.Content.Headers.ContentType?.MediaType;
        if ((int)response.StatusCode < 400 || (status is not null && (int)response.StatusCode != status))
            failures.Add($"{what}: status {(int)response.StatusCode}");
        else if (type != "application/problem+json" || !body.Contains("\"type\"", StringComparison.Ordinal))
            failures.Add($"{what}: {(int)response.StatusCode} {type} '{(body.Length > 80 ? body[..80] : body)}'");
    }

    private static HttpRequestMessage Request(Route route, string accept = "application/json")
    {
        var request = new HttpRequestMessage(new HttpMethod(route.Method), route.Url);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        if (route.Method is "POST" or "PUT" or "PATCH")
            request.Content = new StringContent("{}", new MediaTypeHeaderValue("application/json"));
        return request;
    }
}

public sealed class EndpointPermissionMatrixTests_Sqlite(SqliteApp app) : EndpointPermissionMatrixTests<SqliteApp>(app);

public sealed class EndpointPermissionMatrixTests_Postgres(PostgresApp app) : EndpointPermissionMatrixTests<PostgresApp>(app);
