using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Gatehouse.Tests.Infrastructure;
using OtpNet;

namespace Gatehouse.Tests.Features.Auth;

/// <summary>
/// ASVS V2.2.3: the member is mailed (through a real SMTP sink) when their password is changed or
/// reset, two-factor sign-in is turned on or off, recovery codes are renewed; each notice says what
/// changed, when, from which address and browser, and what to do if it was not them, in the
/// language of the request. Linking and unlinking a single sign-on identity are in the SSO tests.
/// </summary>
public abstract partial class SecurityNoticeTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp, IMailApp
{
    private const string Browser = "NoticeProbe/1.0";

    private async Task<(HttpClient Client, Guid Id, string Email)> MemberAsync(string? language = null)
    {
        var member = await app.MemberAsync();
        member.Client.DefaultRequestHeaders.UserAgent.ParseAdd(Browser);
        if (language is not null) member.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return member;
    }

    /// <summary>The notice to <paramref name="email"/> that names <paramref name="change"/>, checked for the when, where and what-to-do lines.</summary>
    private async Task<string> NoticeAsync(string email, string change, string from = "127.0.0.1", string browser = Browser)
    {
        var body = (await app.Sink.MailToAsync(email, change)).TextBody!;
        var at = DateTime.ParseExact(When().Match(body).Groups["at"].Value, "u", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal);
        Assert.InRange(at, DateTime.UtcNow.AddMinutes(-5), DateTime.UtcNow.AddMinutes(1));
        Assert.Contains($": {from}", body, StringComparison.Ordinal);
        Assert.Contains(browser, body, StringComparison.Ordinal);
        Assert.Matches("(tell an administrator|prévenez un administrateur)", body);
        return body;
    }

    [Fact]
    public async Task Changing_the_password_tells_the_member_when_and_from_where()
    {
        var (member, _, email) = await MemberAsync();
        await (await member.PostAsJsonAsync("/api/v1/me/password", new { current_password = Api.MemberPassword, new_password = "Changed-Passw0rd!-1" }))
            .ShouldBeAsync(HttpStatusCode.OK);
        var body = await NoticeAsync(email, "your password was changed.");
        Assert.DoesNotContain("Changed-Passw0rd!-1", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_french_speaking_member_is_told_in_french()
    {
        var (member, _, email) = await MemberAsync("fr");
        await (await member.PostAsJsonAsync("/api/v1/me/password", new { current_password = Api.MemberPassword, new_password = "Change-En-Fr4ncais!" }))
            .ShouldBeAsync(HttpStatusCode.OK);
        var body = await NoticeAsync(email, "votre mot de passe a été changé.");
        Assert.Contains("Quand : ", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_change_sends_nothing()
    {
        var (member, _, email) = await MemberAsync();
        await (await member.PostAsJsonAsync("/api/v1/me/password", new { current_password = "not-my-password", new_password = "Never-Applied-Passw0rd!" }))
            .ShouldBeAsync(HttpStatusCode.Forbidden);
        // A later notice proves the sink is delivering; the refused change left none before it.
        await (await member.PostAsJsonAsync("/api/v1/me/password", new { current_password = Api.MemberPassword, new_password = "Applied-Passw0rd!-2" }))
            .ShouldBeAsync(HttpStatusCode.OK);
        await NoticeAsync(email, "your password was changed.");
        Assert.Single(Directory.GetFiles(Path.Combine(app.Sink.Maildir, "new")), f => File.ReadAllText(f).Contains(email, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Two_factor_on_renewed_codes_and_off_are_each_told()
    {
        var (member, _, email) = await MemberAsync();
        var enrolment = await (await member.PostAsync("/api/v1/me/2fa/enrolment", null)).ShouldBeAsync(HttpStatusCode.OK);
        var totp = new Totp(Base32Encoding.ToBytes(enrolment.GetProperty("secret").GetString()!));
        var codes = await (await member.PostAsJsonAsync("/api/v1/me/2fa/confirm", new { code = totp.ComputeTotp() })).ShouldBeAsync(HttpStatusCode.OK);
        await NoticeAsync(email, "two-factor sign-in was turned on.");

        var renewed = await (await member.PostAsJsonAsync("/api/v1/me/2fa/recovery-codes", new { code = codes.GetProperty("codes")[0].GetString() }))
            .ShouldBeAsync(HttpStatusCode.OK);
        await NoticeAsync(email, "new two-factor recovery codes were made");

        await (await member.PostAsJsonAsync("/api/v1/me/2fa/disable", new { code = renewed.GetProperty("codes")[0].GetString() })).ShouldBeAsync(HttpStatusCode.NoContent);
        await NoticeAsync(email, "two-factor sign-in was turned off.");
    }

    [Fact]
    public async Task What_an_administrator_does_to_the_credentials_is_told_to_the_member()
    {
        using var owner = await app.OwnerAsync();
        owner.DefaultRequestHeaders.UserAgent.ParseAdd("AdminConsole/2.0");
        var (member, id, email) = await MemberAsync();
        var enrolment = await (await member.PostAsync("/api/v1/me/2fa/enrolment", null)).ShouldBeAsync(HttpStatusCode.OK);
        var totp = new Totp(Base32Encoding.ToBytes(enrolment.GetProperty("secret").GetString()!));
        await (await member.PostAsJsonAsync("/api/v1/me/2fa/confirm", new { code = totp.ComputeTotp() })).ShouldBeAsync(HttpStatusCode.OK);

        await (await owner.DeleteAsync($"/api/v1/users/{id}/2fa")).ShouldBeAsync(HttpStatusCode.NoContent);
        await NoticeAsync(email, "an administrator removed your two-factor sign-in.", browser: "AdminConsole/2.0");
        await (await owner.PostAsync($"/api/v1/users/{id}/temporary-password", null)).ShouldBeAsync(HttpStatusCode.OK);
        await NoticeAsync(email, "an administrator replaced your password with a temporary one.", browser: "AdminConsole/2.0");
    }

    [Fact]
    public async Task A_password_reset_through_the_link_is_told_but_a_first_password_is_not()
    {
        using var owner = await app.OwnerAsync();
        var (_, id, email) = await MemberAsync();
        await (await owner.PostAsync($"/api/v1/users/{id}/password-reset", null)).ShouldBeAsync(HttpStatusCode.OK);
        var token = Link().Match((await app.Sink.MailToAsync(email, "/reset-password#token=")).TextBody!).Groups["token"].Value;
        using var browser = app.CreateClient();
        browser.DefaultRequestHeaders.UserAgent.ParseAdd(Browser);
        await (await browser.PostAsJsonAsync("/api/v1/auth/password-reset", new { token, new_password = "Reset-By-Link-Passw0rd!" })).ShouldBeAsync(HttpStatusCode.NoContent);
        await NoticeAsync(email, "your password was reset through a reset link.");

        // A member made without a password chooses one through the same link: nothing was replaced, nothing to warn of.
        var username = Api.Unique("first");
        var fresh = $"{username}@example.test";
        await (await owner.PostAsJsonAsync("/api/v1/users", new { username, email = fresh })).ShouldBeAsync(HttpStatusCode.Created);
        var first = Link().Match((await app.Sink.MailToAsync(fresh, "/reset-password#token=")).TextBody!).Groups["token"].Value;
        await (await browser.PostAsJsonAsync("/api/v1/auth/password-reset", new { token = first, new_password = "First-Chosen-Passw0rd!" })).ShouldBeAsync(HttpStatusCode.NoContent);
        // A notice is handed to the relay before the answer, so by now it would be in the sink.
        Assert.DoesNotContain(Directory.GetFiles(Path.Combine(app.Sink.Maildir, "new")),
            f => File.ReadAllText(f).Contains(fresh, StringComparison.OrdinalIgnoreCase) && File.ReadAllText(f).Contains("Security alert", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"(When|Quand) ?: (?<at>\d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ) UTC")]
    private static partial Regex When();

    [GeneratedRegex(@"https?://\S+/reset-password#token=(?<token>[A-Za-z0-9_-]+)")]
    private static partial Regex Link();
}

/// <summary>On real Kestrel, so the notice can name the loopback address the change came from.</summary>
public sealed class NoticeSqliteApp : MailSqliteApp
{
    public NoticeSqliteApp() => UseKestrel(0);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        StartServer();
    }
}

public sealed class NoticePostgresApp : MailPostgresApp
{
    public NoticePostgresApp() => UseKestrel(0);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        StartServer();
    }
}

public sealed class SecurityNoticeTests_Sqlite(NoticeSqliteApp app) : SecurityNoticeTests<NoticeSqliteApp>(app);

public sealed class SecurityNoticeTests_Postgres(NoticePostgresApp app) : SecurityNoticeTests<NoticePostgresApp>(app);
