using System.Net;
using System.Text.Json;
using Gatehouse.Tests.Infrastructure;

namespace Gatehouse.Tests.Features.Imports;

/// <summary>
/// The commit takes the preview's word for every row only while nothing the preview read has changed; a member
/// created in between is found by a new check (a trusted preview would have hit the unique username instead).
/// </summary>
public abstract class ImportPreviewReuseTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp
{
    [Fact]
    public async Task A_commit_right_after_an_all_new_preview_writes_every_member_without_checking_again()
    {
        using var owner = await app.OwnerAsync();
        var p = Api.Unique("reuse");
        var import = await owner.UploadOkAsync(ImportKit.Csv(p, 30));
        Assert.Equal(30, import.Count("create"));

        var done = await (await owner.CommitAsync(import)).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(30, done.GetProperty("result").GetProperty("created").GetInt32());
        Assert.Equal(30, await owner.CountMembersAsync(p));
        Assert.False((await ImportedEntryAsync(owner, import)).GetProperty("checked_again").GetBoolean());
        var member = (await owner.GetJsonAsync($"/api/v1/users?q={p}7@")).GetProperty("items")[0].GetProperty("id").GetGuid();
        Assert.Single((await owner.GetJsonAsync($"/api/v1/audit?target_id={member}&action=user.created")).GetProperty("items").EnumerateArray());
        Assert.True((await owner.GetJsonAsync("/api/v1/audit/verify")).GetProperty("ok").GetBoolean());
    }

    [Fact]
    public async Task A_member_created_between_preview_and_commit_is_found_by_a_new_check_and_skipped()
    {
        using var owner = await app.OwnerAsync();
        var p = Api.Unique("moved");
        var import = await owner.UploadOkAsync(ImportKit.Csv(p, 30));
        Assert.Equal(30, import.Count("create"));
        await owner.CreateUserAsync($"{p}12");

        var done = await (await owner.CommitAsync(import)).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(29, done.GetProperty("result").GetProperty("created").GetInt32());
        Assert.Equal(1, done.GetProperty("result").GetProperty("skipped").GetInt32());
        Assert.Equal(30, await owner.CountMembersAsync(p));
        Assert.True((await ImportedEntryAsync(owner, import)).GetProperty("checked_again").GetBoolean());
    }

    [Fact]
    public async Task A_conflicting_member_created_after_the_preview_refuses_a_fail_policy_commit_and_nothing_is_written()
    {
        using var owner = await app.OwnerAsync();
        var p = Api.Unique("race");
        var import = await owner.UploadOkAsync(ImportKit.Csv(p, 30), query: "policy=fail");
        Assert.Equal(0, import.Count("errors"));
        await owner.CreateUserAsync($"{p}25");

        var refused = await (await owner.CommitAsync(import)).ShouldBeAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("import-has-errors", refused.ProblemType());
        Assert.Equal(25, refused.GetProperty("row").GetInt32());
        Assert.Equal(1, await owner.CountMembersAsync(p));
    }

    private static async Task<JsonElement> ImportedEntryAsync(HttpClient owner, JsonElement import)
    {
        var audit = await owner.GetJsonAsync($"/api/v1/audit?target_id={ImportKit.Id(import)}&action=users.imported");
        return Assert.Single(audit.GetProperty("items").EnumerateArray()).GetProperty("payload");
    }
}

public sealed class ImportPreviewReuseTests_Sqlite(ImportSqliteApp app) : ImportPreviewReuseTests<ImportSqliteApp>(app);

public sealed class ImportPreviewReuseTests_Postgres(ImportPostgresApp app) : ImportPreviewReuseTests<ImportPostgresApp>(app);
