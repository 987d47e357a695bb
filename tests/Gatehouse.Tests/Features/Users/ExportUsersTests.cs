using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gatehouse.Tests.Features.Imports;
using Gatehouse.Tests.Infrastructure;

namespace Gatehouse.Tests.Features.Users;

/// <summary><c>GET /users/export</c>: the list's filters, streamed, safe in a spreadsheet, and readable by the import.</summary>
public abstract class ExportUsersTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp
{
    [Fact]
    public async Task An_export_honours_the_filters_and_imports_back_as_existing_members()
    {
        using var owner = await app.OwnerAsync();
        var tag = Api.Unique("t").Replace("x", "-", StringComparison.Ordinal);
        var p = Api.Unique("exp");
        for (var i = 0; i < 3; i++) await owner.CreateUserAsync($"{p}{i}", tags: [tag]);
        await owner.CreateUserAsync($"{p}other");

        var response = await owner.GetAsync($"/api/v1/users/export?format=csv&tag={tag}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var csv = await response.Content.ReadAsStringAsync();
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id,username,email,display_name", lines[0], StringComparison.Ordinal);
        Assert.Equal(4, lines.Length);

        var preview = await owner.UploadOkAsync(csv);
        Assert.Equal(3, preview.Count("skip"));
        Assert.Equal(0, preview.Count("create") + preview.Count("errors"));
        Assert.Contains("id", preview.GetProperty("unknown_columns").EnumerateArray().Select(c => c.GetString()));

        var json = await (await owner.GetAsync($"/api/v1/users/export?format=json&tag={tag}")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(3, json.GetArrayLength());
        Assert.Equal([tag], json[0].GetProperty("tags").EnumerateArray().Select(t => t.GetString()!));
        Assert.Equal("member", json[0].GetProperty("roles")[0].GetString());
    }

    [Fact]
    public async Task Cells_a_spreadsheet_would_run_as_formulas_are_neutralised()
    {
        using var owner = await app.OwnerAsync();
        var name = Api.Unique("formula");
        var id = (await owner.CreateUserAsync(name)).GetProperty("id").GetGuid();
        await (await owner.PatchAsJsonAsync($"/api/v1/users/{id}", new { display_name = "=HYPERLINK(\"http://x.test\")" }, null)).ShouldBeAsync(HttpStatusCode.OK);
        var csv = await owner.GetStringAsync($"/api/v1/users/export?q={name}");
        Assert.Contains("\"'=HYPERLINK(\"\"http://x.test\"\")\"", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",=HYPERLINK", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_format_is_a_400_naming_it()
    {
        using var owner = await app.OwnerAsync();
        var problem = await (await owner.GetAsync("/api/v1/users/export?format=xlsx")).ShouldBeAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("format", out _));
    }
}

public sealed class ExportUsersTests_Sqlite(SqliteApp app) : ExportUsersTests<SqliteApp>(app);

public sealed class ExportUsersTests_Postgres(PostgresApp app) : ExportUsersTests<PostgresApp>(app);
