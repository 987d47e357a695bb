using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Gatehouse.Server.Features.Roles;
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
public sealed class EndpointPermissionMatrixTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private sealed record Route(string Method, string Url, string Display, string? Permission, bool IsPublic, bool IsSelfService);

    private List<Route> Routes()
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
                    Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart { Name: "id" } => Guid.NewGuid().ToString(),
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
        foreach (var route in Routes().Where(r => r.Permission is not null || r.IsSelfService))
        {
            var anon = await anonymous.SendAsync(Request(route));
            if (anon.StatusCode != HttpStatusCode.Unauthorized) failures.Add($"{route.Display} anonymous → {(int)anon.StatusCode}");
            if (route.Permission is null) continue;
            var member = await guest.SendAsync(Request(route));
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

    private static HttpRequestMessage Request(Route route)
    {
        var request = new HttpRequestMessage(new HttpMethod(route.Method), route.Url);
        if (route.Method is "POST" or "PUT" or "PATCH")
            request.Content = new StringContent("{}", new MediaTypeHeaderValue("application/json"));
        return request;
    }
}
