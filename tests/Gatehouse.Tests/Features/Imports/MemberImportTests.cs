using System.Net;
using System.Text;
using System.Text.Json;
using Gatehouse.Tests.Features.ApiKeys;
using Gatehouse.Tests.Features.SiteIntegration;
using Gatehouse.Tests.Infrastructure;

namespace Gatehouse.Tests.Features.Imports;

/// <summary><c>POST /users/import</c>: messy files are read, mapped, previewed row by row and committed all or nothing.</summary>
public abstract class MemberImportTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp
{
    [Fact]
    public async Task A_messy_csv_with_bom_semicolons_quoted_newlines_and_blank_lines_is_mapped_and_previewed()
    {
        using var owner = await app.OwnerAsync();
        var p = Api.Unique("messy");
        var csv = $"Pseudo;E-mail;Nom affiché;Notes\r\n{p}a;{p}a@example.test;\"Ana\nOn two lines\";x\r\n{p}b;{p}b@example.test;\"Bob; the builder\";\r\n\"{p}c\";{p}c@example.test;;\r\n\r\n\r\n";
        var import = await owner.UploadOkAsync(csv, bom: true, query: "file_name=forum.csv");

        Assert.Equal(";", import.GetProperty("delimiter").GetString());
        Assert.Equal(["Pseudo", "E-mail", "Nom affiché", "Notes"], import.GetProperty("columns").EnumerateArray().Select(c => c.GetString()!));
        var mapping = import.GetProperty("mapping");
        Assert.Equal("username", mapping.GetProperty("Pseudo").GetString());
        Assert.Equal("email", mapping.GetProperty("E-mail").GetString());
        Assert.Equal("display_name", mapping.GetProperty("Nom affiché").GetString());
        Assert.Equal(["Notes"], import.GetProperty("unknown_columns").EnumerateArray().Select(c => c.GetString()!));
        Assert.Equal(3, import.Count("rows"));
        Assert.Equal(3, import.Count("create"));
        Assert.Equal(0, import.Count("errors"));
        Assert.Equal("Ana\nOn two lines", import.GetProperty("sample")[0].GetProperty("values").GetProperty("display_name").GetString());

        // Nothing is written by a preview.
        Assert.Equal(0, await owner.CountMembersAsync(p));
    }

    [Fact]
    public async Task Duplicates_in_the_file_and_against_members_are_reported_per_row_and_field_ignoring_case()
    {
        using var owner = await app.OwnerAsync();
        var p = Api.Unique("dupe");
        await owner.CreateUserAsync($"{p}old");
        var csv = $"username,email\n{p}OLD,{p}new1@example.test\n{p}new2,{p}SAME@example.test\n{p}new3,{p}same@EXAMPLE.test\n{p}new4,{p}new4@example.test\n";
        var import = await owner.UploadOkAsync(csv, query: "policy=fail");
        Assert.Equal(2, import.Count("errors"));
        Assert.Equal(2, import.Count("create"));
        var problems = import.GetProperty("problems").EnumerateArray().ToDictionary(r => r.GetProperty("row").GetInt32());
        var exists = Assert.Single(problems[1].GetProperty("errors").EnumerateArray());
        Assert.Equal(("username", "exists"), (exists.GetProperty("field").GetString(), exists.GetProperty("code").GetString()));
        var twice = Assert.Single(problems[3].GetProperty("errors").EnumerateArray());
        Assert.Equal(("email", "duplicate_in_file"), (twice.GetProperty("field").GetString(), twice.GetProperty("code").GetString()));
        Assert.Contains("2", twice.GetProperty("message").GetString(), StringComparison.Ordinal);

        // The same file under "skip": the existing member is skipped, not an error.
        var skipping = await owner.PreviewAsync(import, new { policy = "skip" });
        Assert.Equal(1, skipping.Count("skip"));
        Assert.Equal(1, skipping.Count("errors"));
    }

    [Fact]
    public async Task A_thousand_rows_with_bad_ones_commit_all_or_nothing_once_and_are_audited()
    {
        using var owner = await app.OwnerAsync();
        var p = Api.Unique("k");
        var import = await owner.UploadOkAsync(ImportKit.Csv(p, 1000, badEvery: 20));
        Assert.Equal(1000, import.Count("rows"));
        Assert.Equal(50, import.Count("errors"));
        Assert.Equal(950, import.Count("create"));
        Assert.All(import.GetProperty("problems").EnumerateArray(), r => Assert.Equal("email", r.GetProperty("errors")[0].GetProperty("field").GetString()));

        // Bad rows refuse the whole commit, and the rows before the first bad one are rolled back.
        var refused = await (await owner.CommitAsync(import)).ShouldBeAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("import-has-errors", refused.ProblemType());
        Assert.Equal(20, refused.GetProperty("row").GetInt32());
        Assert.Equal(0, await owner.CountMembersAsync(p));

        await owner.PreviewAsync(import, new { skip_invalid = true });
        var done = await (await owner.CommitAsync(import)).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal("committed", done.GetProperty("status").GetString());
        Assert.Equal(950, done.GetProperty("result").GetProperty("created").GetInt32());
        Assert.Equal(50, done.GetProperty("result").GetProperty("left_out").GetInt32());
        Assert.Equal(950, await owner.CountMembersAsync(p));

        // Committing again writes nothing and answers the same result.
        var again = await (await owner.CommitAsync(import)).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(950, again.GetProperty("result").GetProperty("created").GetInt32());
        Assert.Equal(950, await owner.CountMembersAsync(p));

        var audit = await owner.GetJsonAsync($"/api/v1/audit?target_id={ImportKit.Id(import)}&action=users.imported");
        var entry = Assert.Single(audit.GetProperty("items").EnumerateArray());
        Assert.Equal(950, entry.GetProperty("payload").GetProperty("created").GetInt32());
        var member = (await owner.GetJsonAsync($"/api/v1/users?q={p}1@")).GetProperty("items")[0].GetProperty("id").GetGuid();
        Assert.Single((await owner.GetJsonAsync($"/api/v1/audit?target_id={member}&action=user.created")).GetProperty("items").EnumerateArray());
        Assert.True((await owner.GetJsonAsync("/api/v1/audit/verify")).GetProperty("ok").GetBoolean());
    }

    [Fact]
    public async Task A_preview_keeps_the_first_hundred_problem_rows_and_the_first_five_rows_as_samples()
    {
        using var owner = await app.OwnerAsync();
        var p = Api.Unique("kept");
        var import = await owner.UploadOkAsync(ImportKit.Csv(p, 3000, badEvery: 10));
        Assert.Equal(3000, import.Count("rows"));
        Assert.Equal(300, import.Count("errors"));

        foreach (var preview in new[] { import, await owner.PreviewAsync(import, new { skip_invalid = true }) })
        {
            var problems = preview.GetProperty("problems").EnumerateArray().ToList();
            Assert.Equal(Enumerable.Range(1, 100).Select(i => i * 10), problems.Select(r => r.GetProperty("row").GetInt32()));
            Assert.All(problems, r =>
            {
                Assert.Equal("error", r.GetProperty("action").GetString());
                var error = Assert.Single(r.GetProperty("errors").EnumerateArray());
                Assert.Equal(("email", "invalid"), (error.GetProperty("field").GetString(), error.GetProperty("code").GetString()));
                Assert.Equal($"{p}{r.GetProperty("row").GetInt32()}", r.GetProperty("values").GetProperty("username").GetString());
            });
            var sample = preview.GetProperty("sample").EnumerateArray().ToList();
            Assert.Equal([1, 2, 3, 4, 5], sample.Select(r => r.GetProperty("row").GetInt32()));
            Assert.All(sample, r =>
            {
                Assert.Equal("create", r.GetProperty("action").GetString());
                Assert.Empty(r.GetProperty("errors").EnumerateArray());
                Assert.Equal($"{p}{r.GetProperty("row").GetInt32()}@example.test", r.GetProperty("values").GetProperty("email").GetString());
            });
        }
    }

    [Fact]
    public async Task An_upload_is_audited_with_every_row_the_preview_read_a_stray_quote_included()
    {
        using var owner = await app.OwnerAsync();
        var p = Api.Unique("late");
        // A quote inside an unquoted field (row 51) leaves the cells after it unreadable: rows 51 and 52 are errors, the
        // file is not refused. The upload reads the file once, so the rows it audits are the ones the preview counted.
        var csv = ImportKit.Csv(p, 50) + $"{p}x,bad\"quote@example.test,\"X\",imported\n" + $"{p}y,{p}y@example.test,\"Y\",imported\n";
        var import = await owner.UploadOkAsync(csv);
        Assert.Equal(52, import.Count("rows"));
        Assert.Equal(50, import.Count("create"));
        Assert.Equal([51, 52], import.GetProperty("problems").EnumerateArray().Select(r => r.GetProperty("row").GetInt32()));

        var audit = await owner.GetJsonAsync($"/api/v1/audit?target_id={ImportKit.Id(import)}&action=users.import_uploaded");
        Assert.Equal(52, Assert.Single(audit.GetProperty("items").EnumerateArray()).GetProperty("payload").GetProperty("rows").GetInt32());
    }

    [Fact]
    public async Task Update_changes_only_mapped_fields_and_an_unchanged_row_writes_nothing()
    {
        using var owner = await app.OwnerAsync();
        var p = Api.Unique("upd");
        var a = (await owner.CreateUserAsync($"{p}a", tags: ["keep"])).GetProperty("id").GetGuid();
        var b = (await owner.CreateUserAsync($"{p}b")).GetProperty("id").GetGuid();
        var import = await owner.UploadOkAsync($"username,display_name\n{p}A,Renamed A\n{p}b,User {p}b\n", query: "policy=update");
        Assert.Equal(2, import.Count("update"));
        var done = await (await owner.CommitAsync(import)).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(1, done.GetProperty("result").GetProperty("updated").GetInt32());
        Assert.Equal(1, done.GetProperty("result").GetProperty("unchanged").GetInt32());

        var renamed = await owner.GetJsonAsync($"/api/v1/users/{a}");
        Assert.Equal("Renamed A", renamed.GetProperty("display_name").GetString());
        Assert.Equal($"{p}a@example.test", renamed.GetProperty("email").GetString());
        Assert.Equal(["keep"], renamed.GetProperty("tags").EnumerateArray().Select(t => t.GetString()!));
        Assert.Equal(1, (await owner.GetJsonAsync($"/api/v1/users/{b}")).GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Json_arrays_of_objects_import_with_roles_and_an_external_id_the_site_integration_finds()
    {
        using var owner = await app.OwnerAsync();
        var p = Api.Unique("js");
        var json = JsonSerializer.Serialize(new object[]
        {
            new { user_id = $"{p}-1", username = $"{p}x", email = $"{p}x@example.test", roles = new[] { "staff" } },
            new { user_id = $"{p}-2", username = $"{p}y", email = $"{p}y@example.test", roles = new[] { "no-such-role" } },
        });
        var import = await owner.UploadOkAsync(json, "application/json", "external_source=forum&skip_invalid=true");
        Assert.Equal("external_id", import.GetProperty("mapping").GetProperty("user_id").GetString());
        var bad = Assert.Single(import.GetProperty("problems").EnumerateArray());
        Assert.Equal("roles", bad.GetProperty("errors")[0].GetProperty("field").GetString());
        await (await owner.CommitAsync(import)).ShouldBeAsync(HttpStatusCode.OK);

        var member = Assert.Single((await owner.GetJsonAsync($"/api/v1/users?external_id={p}-1")).GetProperty("items").EnumerateArray());
        Assert.Equal("forum", member.GetProperty("external_source").GetString());
        Assert.Equal("staff", member.GetProperty("roles")[0].GetProperty("name").GetString());

        var key = await owner.CreateKeyAsync(["site.tokens"]);
        using var site = app.WithKey(key.Secret);
        var (_, userId, body) = await site.MintOkAsync(new { external_id = $"{p}-1", source = "forum" });
        Assert.False(body.GetProperty("created").GetBoolean());
        Assert.Equal(member.GetProperty("id").GetGuid(), userId);
    }

    [Theory]
    [InlineData("[{\"username\":\"cut", "application/json", "import-file-unreadable")]
    [InlineData("{\"username\":\"solo\"}", "application/json", "import-file-unreadable")]
    [InlineData("[1,2]", "application/json", "import-file-unreadable")]
    [InlineData("username,username\na,b\n", "text/csv", "import-file-unreadable")]
    [InlineData("username,email\n", "text/csv", "import-file-unreadable")]
    [InlineData("", "text/csv", "import-file-unreadable")]
    [InlineData("username\nx\n", "application/octet-stream", "validation")]
    public async Task Unreadable_files_get_a_problem_naming_what_is_wrong(string content, string contentType, string type)
    {
        using var owner = await app.OwnerAsync();
        var problem = await (await owner.UploadAsync(content, contentType)).ShouldBeAsync(HttpStatusCode.BadRequest);
        Assert.Equal(type, problem.ProblemType());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task Bad_mappings_and_policies_are_named_and_change_nothing()
    {
        using var owner = await app.OwnerAsync();
        var import = await owner.UploadOkAsync($"login,mail\n{Api.Unique("m")},m@example.test\n");
        foreach (var body in new object[] { new { mapping = new Dictionary<string, string> { ["nope"] = "email" } },
            new { mapping = new Dictionary<string, string> { ["login"] = "password" } },
            new { mapping = new Dictionary<string, string> { ["login"] = "email" } },
            new { mapping = new Dictionary<string, string> { ["login"] = "", ["mail"] = "" } }, new { policy = "merge" } })
        {
            var response = await owner.PostAsync($"/api/v1/users/import/{ImportKit.Id(import)}/preview",
                new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"));
            var problem = await response.ShouldBeAsync(HttpStatusCode.BadRequest);
            Assert.True(problem.GetProperty("errors").EnumerateObject().Any(), body.ToString());
        }
        var unchanged = await owner.GetJsonAsync($"/api/v1/users/import/{ImportKit.Id(import)}");
        Assert.Equal("username", unchanged.GetProperty("mapping").GetProperty("login").GetString());
    }

    [Fact]
    public async Task A_file_over_the_cap_is_refused_with_413_and_nothing_is_kept()
    {
        using var owner = await app.OwnerAsync();
        var big = ImportKit.Csv(Api.Unique("big"), 40_000);
        Assert.True(Encoding.UTF8.GetByteCount(big) > ImportKit.TestCap);
        var stored = Path.Combine(app.DataDirectory, "imports");
        int Files() => Directory.Exists(stored) ? Directory.GetFiles(stored, "*.upload").Length : 0;
        var before = Files();
        var problem = await (await owner.UploadAsync(big)).ShouldBeAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("file-too-large", problem.ProblemType());
        Assert.Equal(before, Files());
    }
}

public sealed class ImportSqliteApp : SqliteApp
{
    public ImportSqliteApp() => InstanceSettings = new Dictionary<string, string?> { ["Gatehouse:Imports:MaxFileBytes"] = ImportKit.TestCap.ToString(System.Globalization.CultureInfo.InvariantCulture) };
}

public sealed class ImportPostgresApp : PostgresApp
{
    public ImportPostgresApp() => InstanceSettings = new Dictionary<string, string?> { ["Gatehouse:Imports:MaxFileBytes"] = ImportKit.TestCap.ToString(System.Globalization.CultureInfo.InvariantCulture) };
}

public sealed class MemberImportTests_Sqlite(ImportSqliteApp app) : MemberImportTests<ImportSqliteApp>(app);

public sealed class MemberImportTests_Postgres(ImportPostgresApp app) : MemberImportTests<ImportPostgresApp>(app);
