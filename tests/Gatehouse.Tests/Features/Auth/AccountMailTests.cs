using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Gatehouse.Tests.Features.Alerts;
using Gatehouse.Tests.Infrastructure;
using MimeKit;

namespace Gatehouse.Tests.Features.Auth;

/// <summary>
/// Issue 16, with SMTP configured (a real aiosmtpd sink): a new e-mail is confirmed through a link
/// mailed to the new address while the old one is told; a member created without a password is
/// mailed a one-time link to choose one; an administrator's reset link goes to the member, not to
/// the administrator.
/// </summary>
public abstract partial class AccountMailTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp, IMailApp
{
    private Task<HttpResponseMessage> LoginAsync(string email, string password) =>
        app.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email, password, refresh_in_body = true });

    private async Task<string> BodyToAsync(string recipient)
    {
        // By the To header: the notice to the old address names the new one in its text.
        var raw = await app.Sink.MessageToAsync(recipient, saying: $"To: {recipient}");
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(raw));
        return (await MimeMessage.LoadAsync(stream)).TextBody ?? "";
    }

    private async Task<(string Token, string Link)> MailToAsync(string recipient)
    {
        var link = LinkPattern().Match(await BodyToAsync(recipient));
        return (link.Success ? link.Groups["token"].Value : "", link.Success ? link.Value : "");
    }

    [Fact]
    public async Task A_new_email_applies_only_once_the_link_mailed_to_it_is_opened_and_the_old_address_is_told()
    {
        var (member, id, oldEmail) = await app.MemberAsync();
        var newEmail = Api.Unique("moved") + "@example.test";

        var asked = await (await member.PostAsJsonAsync("/api/v1/me/email", new { current_password = Api.MemberPassword, email = newEmail }))
            .ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(oldEmail, asked.GetProperty("email").GetString());
        Assert.Equal(newEmail, asked.GetProperty("pending_email").GetString());
        // Not yet: the account still signs in with the old address only.
        await (await LoginAsync(newEmail, Api.MemberPassword)).ShouldBeAsync(HttpStatusCode.Unauthorized);
        await (await LoginAsync(oldEmail, Api.MemberPassword)).ShouldBeAsync(HttpStatusCode.OK);

        var confirmation = await MailToAsync(newEmail);
        Assert.Contains("/confirm-email#token=", confirmation.Link, StringComparison.Ordinal);
        var notice = await BodyToAsync(oldEmail);
        Assert.Contains(newEmail, notice, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(confirmation.Token, notice, StringComparison.Ordinal);

        var anonymous = app.CreateClient();
        var wrong = await (await anonymous.PostAsJsonAsync("/api/v1/auth/email-confirmation", new { token = "not-the-token" })).ShouldBeAsync(HttpStatusCode.BadRequest);
        Assert.Equal("confirmation-link-invalid", wrong.ProblemType());
        var done = await (await anonymous.PostAsJsonAsync("/api/v1/auth/email-confirmation", new { token = confirmation.Token })).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(newEmail, done.GetProperty("email").GetString());
        await (await LoginAsync(newEmail, Api.MemberPassword)).ShouldBeAsync(HttpStatusCode.OK);
        await (await LoginAsync(oldEmail, Api.MemberPassword)).ShouldBeAsync(HttpStatusCode.Unauthorized);

        var again = await (await anonymous.PostAsJsonAsync("/api/v1/auth/email-confirmation", new { token = confirmation.Token })).ShouldBeAsync(HttpStatusCode.BadRequest);
        Assert.Equal("confirmation-link-invalid", again.ProblemType());
        using var owner = await app.OwnerAsync();
        var audit = await owner.GetJsonAsync($"/api/v1/audit?target_id={id}&action=auth.email_change_confirmed");
        Assert.Single(audit.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task A_taken_address_is_refused_before_anything_is_mailed()
    {
        var (member, _, _) = await app.MemberAsync();
        var (_, _, takenEmail) = await app.MemberAsync();
        var taken = await (await member.PostAsJsonAsync("/api/v1/me/email", new { current_password = Api.MemberPassword, email = takenEmail }))
            .ShouldBeAsync(HttpStatusCode.Conflict);
        Assert.Equal("duplicate", taken.ProblemType());
    }

    [Fact]
    public async Task A_member_created_without_a_password_is_mailed_a_link_to_choose_one()
    {
        using var owner = await app.OwnerAsync();
        var username = Api.Unique("nopw");
        var email = $"{username}@example.test";
        var created = await (await owner.PostAsJsonAsync("/api/v1/users", new { username, email })).ShouldBeAsync(HttpStatusCode.Created);
        var setup = created.GetProperty("password_setup");
        Assert.Equal(email, setup.GetProperty("mailed_to").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, setup.GetProperty("set_password_url").ValueKind);

        var mail = await MailToAsync(email);
        Assert.Contains("/reset-password#token=", mail.Link, StringComparison.Ordinal);
        var anonymous = app.CreateClient();
        await (await anonymous.PostAsJsonAsync("/api/v1/auth/password-reset", new { token = mail.Token, new_password = "Chosen-By-Me-Passw0rd!" }))
            .ShouldBeAsync(HttpStatusCode.NoContent);
        await (await LoginAsync(email, "Chosen-By-Me-Passw0rd!")).ShouldBeAsync(HttpStatusCode.OK);
        var audit = await owner.GetJsonAsync($"/api/v1/audit?target_id={created.GetProperty("id").GetGuid()}&action=user.password_setup_issued");
        Assert.Single(audit.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task A_reset_link_goes_to_the_member_and_never_to_the_administrator()
    {
        using var owner = await app.OwnerAsync();
        var (_, id, email) = await app.MemberAsync();
        var issued = await (await owner.PostAsync($"/api/v1/users/{id}/password-reset", null)).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(email, issued.GetProperty("mailed_to").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, issued.GetProperty("reset_url").ValueKind);

        var mail = await MailToAsync(email);
        await (await app.CreateClient().PostAsJsonAsync("/api/v1/auth/password-reset", new { token = mail.Token, new_password = "After-Reset-Passw0rd!" }))
            .ShouldBeAsync(HttpStatusCode.NoContent);
        await (await LoginAsync(email, "After-Reset-Passw0rd!")).ShouldBeAsync(HttpStatusCode.OK);
    }

    [GeneratedRegex(@"https?://\S+/(confirm-email|reset-password)#token=(?<token>[A-Za-z0-9_-]+)")]
    private static partial Regex LinkPattern();
}

/// <summary>A server whose e-mail goes to a real SMTP sink.</summary>
public interface IMailApp
{
    SmtpSink Sink { get; }
}

internal static class MailSettings
{
    public static Dictionary<string, string?> For(SmtpSink sink) => new()
    {
        ["Gatehouse:Smtp:Host"] = "127.0.0.1",
        ["Gatehouse:Smtp:Port"] = sink.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Gatehouse:Smtp:Security"] = "none",
        ["Gatehouse:Smtp:From"] = "Gatehouse <accounts@gatehouse.test>",
    };
}

/// <summary>A server on SQLite whose mail goes to its own SMTP sink; derived apps add Kestrel and other parts.</summary>
public class MailSqliteApp : SqliteApp, IMailApp
{
    public SmtpSink Sink { get; private set; } = null!;
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => MailSettings.For(Sink);

    public override async Task InitializeAsync()
    {
        Sink = await SmtpSink.StartAsync();
        await base.InitializeAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Sink.DisposeAsync();
    }
}

public class MailPostgresApp : PostgresApp, IMailApp
{
    public SmtpSink Sink { get; private set; } = null!;
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => MailSettings.For(Sink);

    public override async Task InitializeAsync()
    {
        Sink = await SmtpSink.StartAsync();
        await base.InitializeAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Sink.DisposeAsync();
    }
}

public sealed class AccountMailTests_Sqlite(MailSqliteApp app) : AccountMailTests<MailSqliteApp>(app);

public sealed class AccountMailTests_Postgres(MailPostgresApp app) : AccountMailTests<MailPostgresApp>(app);
