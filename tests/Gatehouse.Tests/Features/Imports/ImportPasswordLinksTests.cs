using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Gatehouse.Server.Features.Imports;
using Gatehouse.Tests.Features.Auth;
using Gatehouse.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Gatehouse.Tests.Features.Imports;

/// <summary>What both kinds of server share: an import, its commit, and signing in with a link's token.</summary>
internal static partial class ImportLinksKit
{
    /// <param name="extra">Given the rows' prefix, rows of its own added after the generated ones.</param>
    public static async Task<(JsonElement Done, string Prefix)> ImportAsync(HttpClient owner, int rows, Func<string, string>? extra = null)
    {
        var p = Api.Unique("pw");
        var import = await owner.UploadOkAsync(ImportKit.Csv(p, rows) + (extra?.Invoke(p) ?? ""));
        var done = await (await owner.CommitAsync(import)).ShouldBeAsync(HttpStatusCode.OK);
        return (done, p);
    }

    public static JsonElement Links(this JsonElement done) => done.GetProperty("result").GetProperty("password_links");

    public static Task<HttpResponseMessage> DownloadAsync(this HttpClient client, JsonElement import) =>
        client.GetAsync($"/api/v1/users/import/{ImportKit.Id(import)}/password-links");

    public static async Task ChoosePasswordAndSignInAsync(GatehouseApp app, string link, string email)
    {
        var token = TokenPattern().Match(link).Groups["token"].Value;
        Assert.False(string.IsNullOrEmpty(token), link);
        using var anonymous = app.CreateClient();
        await (await anonymous.PostAsJsonAsync("/api/v1/auth/password-reset", new { token, new_password = "Imported-Own-Passw0rd!" }))
            .ShouldBeAsync(HttpStatusCode.NoContent);
        await (await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email, password = "Imported-Own-Passw0rd!" })).ShouldBeAsync(HttpStatusCode.OK);
        var reused = await (await anonymous.PostAsJsonAsync("/api/v1/auth/password-reset", new { token, new_password = "Second-Own-Passw0rd!" }))
            .ShouldBeAsync(HttpStatusCode.BadRequest);
        Assert.Equal("reset-link-invalid", reused.ProblemType());
    }

    [GeneratedRegex(@"https?://\S+/reset-password#token=(?<token>[A-Za-z0-9_-]+)")]
    public static partial Regex TokenPattern();
}

/// <summary>Without SMTP, the links of the members created wait in a CSV the importer downloads once.</summary>
public abstract class ImportPasswordLinksFileTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp
{
    [Fact]
    public async Task Without_smtp_the_importer_downloads_the_links_once_audited_and_each_link_sets_a_password_once()
    {
        using var owner = await app.OwnerAsync();
        // A username a spreadsheet would run as a formula.
        var (done, p) = await ImportLinksKit.ImportAsync(owner, 2, q => $"-{q}f,{q}f@example.test,Formula,x\n");
        Assert.Equal((3, 0, 3), (done.Links().GetProperty("issued").GetInt32(), done.Links().GetProperty("mailed").GetInt32(), done.Links().GetProperty("in_file").GetInt32()));

        // Another administrator holds users.import but did not run this import.
        var (admin, _, _) = await app.MemberAsync("admin");
        var refused = await (await admin.DownloadAsync(done)).ShouldBeAsync(HttpStatusCode.Forbidden);
        Assert.Equal("import-links-importer-only", refused.ProblemType());

        var response = await owner.DownloadAsync(done);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("username,email,link,expires_at", lines[0]);
        Assert.Equal(4, lines.Length);
        var first = lines[1].Split(',');
        Assert.Equal(($"{p}1", $"{p}1@example.test"), (first[0], first[1]));
        Assert.StartsWith($"'-{p}f,{p}f@example.test,http", lines[3], StringComparison.Ordinal);
        await ImportLinksKit.ChoosePasswordAndSignInAsync(app, first[2], first[1]);

        var again = await (await owner.DownloadAsync(done)).ShouldBeAsync(HttpStatusCode.Gone);
        Assert.Equal("import-links-gone", again.ProblemType());
        var now = await owner.GetJsonAsync($"/api/v1/users/import/{ImportKit.Id(done)}");
        Assert.Equal(JsonValueKind.String, now.Links().GetProperty("downloaded_at").ValueKind);

        var audit = await owner.GetJsonAsync($"/api/v1/audit?target_id={ImportKit.Id(done)}");
        var downloaded = Assert.Single(audit.GetProperty("items").EnumerateArray(), e => e.GetProperty("action").GetString() == "users.import_links_downloaded");
        Assert.Equal(3, downloaded.GetProperty("payload").GetProperty("links").GetInt32());
        // The tokens live only in the file that is now gone: never in the audit log.
        Assert.DoesNotContain(ImportLinksKit.TokenPattern().Match(first[2]).Groups["token"].Value, audit.GetRawText(), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Path.Combine(app.DataDirectory, "imports"), $"{ImportKit.Id(done):N}*"));
    }
}

/// <summary>With SMTP (a real aiosmtpd sink), each member created is mailed their link and no file is kept.</summary>
public abstract class ImportPasswordLinksMailTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp, IMailApp
{
    [Fact]
    public async Task With_smtp_each_member_created_is_mailed_a_link_to_choose_a_password_and_nothing_waits_for_download()
    {
        using var owner = await app.OwnerAsync();
        var handedOver = new TaskCompletionSource<Guid>(TaskCreationOptions.RunContinuationsAsynchronously);
        app.Services.GetRequiredService<ImportLinkMailer>().Finished += (id, _) => handedOver.TrySetResult(id);
        var (done, p) = await ImportLinksKit.ImportAsync(owner, 2);
        // The commit answers at once; the links are on their way.
        Assert.Equal((2, 0, 0), (done.Links().GetProperty("issued").GetInt32(), done.Links().GetProperty("mailed").GetInt32(), done.Links().GetProperty("in_file").GetInt32()));
        Assert.Equal(ImportKit.Id(done), await handedOver.Task.WaitAsync(TimeSpan.FromSeconds(30)));
        var after = await owner.GetJsonAsync($"/api/v1/users/import/{ImportKit.Id(done)}");
        Assert.Equal((2, 0), (after.Links().GetProperty("mailed").GetInt32(), after.Links().GetProperty("in_file").GetInt32()));

        foreach (var email in new[] { $"{p}1@example.test", $"{p}2@example.test" })
        {
            var raw = await app.Sink.MessageToAsync(email, saying: $"To: {email}");
            using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(raw));
            var link = ImportLinksKit.TokenPattern().Match((await MimeKit.MimeMessage.LoadAsync(stream)).TextBody ?? "").Value;
            await ImportLinksKit.ChoosePasswordAndSignInAsync(app, link, email);
        }
        var gone = await (await owner.DownloadAsync(done)).ShouldBeAsync(HttpStatusCode.Gone);
        Assert.Equal("import-links-gone", gone.ProblemType());
    }
}

public sealed class ImportPasswordLinksFileTests_Sqlite(ImportSqliteApp app) : ImportPasswordLinksFileTests<ImportSqliteApp>(app);

public sealed class ImportPasswordLinksFileTests_Postgres(ImportPostgresApp app) : ImportPasswordLinksFileTests<ImportPostgresApp>(app);

public sealed class ImportPasswordLinksMailTests_Sqlite(MailSqliteApp app) : ImportPasswordLinksMailTests<MailSqliteApp>(app);

public sealed class ImportPasswordLinksMailTests_Postgres(MailPostgresApp app) : ImportPasswordLinksMailTests<MailPostgresApp>(app);
