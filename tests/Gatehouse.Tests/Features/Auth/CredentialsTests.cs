using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Gatehouse.Tests.Infrastructure;

namespace Gatehouse.Tests.Features.Auth;

/// <summary>
/// Issue 16, defect 4: a stolen access token or a moderator's users.update never becomes an account
/// takeover. Own credentials change only with the current password (and end the other sessions);
/// an administrator with users.credentials hands out a reset link or a temporary password that
/// must be replaced, never a password they could use unnoticed.
/// </summary>
public abstract class CredentialsTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp
{
    private async Task<HttpClient> SignInAsync(string email, string password = Api.MemberPassword)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await app.AccessTokenAsync(email, password));
        return client;
    }

    private Task<HttpResponseMessage> LoginAsync(string email, string password, string? newPassword = null) =>
        app.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email, password, new_password = newPassword, refresh_in_body = true });

    [Fact]
    public async Task Changing_your_password_needs_the_current_one_and_ends_your_other_sessions()
    {
        var (laptop, _, email) = await app.MemberAsync();
        using var phone = await SignInAsync(email);

        var wrong = await (await laptop.PostAsJsonAsync("/api/v1/me/password", new { current_password = "Not-the-Passw0rd", new_password = "Brand-new-Passw0rd!" }))
            .ShouldBeAsync(HttpStatusCode.Forbidden);
        Assert.Equal("wrong-password", wrong.ProblemType());
        await (await phone.GetAsync("/api/v1/auth/me")).ShouldBeAsync(HttpStatusCode.OK);
        await (await LoginAsync(email, "Brand-new-Passw0rd!")).ShouldBeAsync(HttpStatusCode.Unauthorized);

        var missing = await (await laptop.PostAsJsonAsync("/api/v1/me/password", new { new_password = "Brand-new-Passw0rd!" })).ShouldBeAsync(HttpStatusCode.BadRequest);
        Assert.True(missing.GetProperty("errors").TryGetProperty("current_password", out _));

        var done = await (await laptop.PostAsJsonAsync("/api/v1/me/password", new { current_password = Api.MemberPassword, new_password = "Brand-new-Passw0rd!" }))
            .ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(1, done.GetProperty("sessions_ended").GetInt32());
        await (await phone.GetAsync("/api/v1/auth/me")).ShouldBeAsync(HttpStatusCode.Unauthorized);
        await (await laptop.GetAsync("/api/v1/auth/me")).ShouldBeAsync(HttpStatusCode.OK);
        await (await LoginAsync(email, Api.MemberPassword)).ShouldBeAsync(HttpStatusCode.Unauthorized);
        await (await LoginAsync(email, "Brand-new-Passw0rd!")).ShouldBeAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Changing_your_email_needs_the_current_password_and_ends_your_other_sessions()
    {
        var (laptop, id, email) = await app.MemberAsync();
        using var phone = await SignInAsync(email);
        var newEmail = Api.Unique("moved") + "@example.test";

        await (await laptop.PostAsJsonAsync("/api/v1/me/email", new { current_password = "Wrong-Passw0rd!", email = newEmail })).ShouldBeAsync(HttpStatusCode.Forbidden);
        await (await phone.GetAsync("/api/v1/auth/me")).ShouldBeAsync(HttpStatusCode.OK);

        var done = await (await laptop.PostAsJsonAsync("/api/v1/me/email", new { current_password = Api.MemberPassword, email = newEmail })).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(1, done.GetProperty("sessions_ended").GetInt32());
        await (await phone.GetAsync("/api/v1/auth/me")).ShouldBeAsync(HttpStatusCode.Unauthorized);
        await (await LoginAsync(newEmail, Api.MemberPassword)).ShouldBeAsync(HttpStatusCode.OK);
        using var owner = await app.OwnerAsync();
        Assert.Equal(newEmail, (await owner.GetJsonAsync($"/api/v1/users/{id}")).GetProperty("email").GetString());
    }

    [Fact]
    public async Task Without_smtp_a_member_created_without_a_password_gets_a_one_time_link_the_administrator_hands_over()
    {
        using var owner = await app.OwnerAsync();
        var username = Api.Unique("linkonly");
        var created = await (await owner.PostAsJsonAsync("/api/v1/users", new { username, email = $"{username}@example.test" })).ShouldBeAsync(HttpStatusCode.Created);
        var setup = created.GetProperty("password_setup");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, setup.GetProperty("mailed_to").ValueKind);
        var url = setup.GetProperty("set_password_url").GetString()!;
        Assert.Contains("/reset-password#token=", url, StringComparison.Ordinal);
        var token = url[(url.IndexOf("#token=", StringComparison.Ordinal) + 7)..];

        var anonymous = app.CreateClient();
        await (await anonymous.PostAsJsonAsync("/api/v1/auth/password-reset", new { token, new_password = "First-Own-Passw0rd!" })).ShouldBeAsync(HttpStatusCode.NoContent);
        await (await LoginAsync($"{username}@example.test", "First-Own-Passw0rd!")).ShouldBeAsync(HttpStatusCode.OK);
        var reused = await (await anonymous.PostAsJsonAsync("/api/v1/auth/password-reset", new { token, new_password = "Second-Own-Passw0rd!" })).ShouldBeAsync(HttpStatusCode.BadRequest);
        Assert.Equal("reset-link-invalid", reused.ProblemType());
        // A member created with a password gets no link at all.
        var withPassword = await owner.CreateUserAsync(Api.Unique("haspw"));
        Assert.True(!withPassword.TryGetProperty("password_setup", out var none) || none.ValueKind == System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task Patch_never_sets_a_password_and_users_update_alone_cannot_change_someone_elses_email()
    {
        using var owner = await app.OwnerAsync();
        var (moderator, moderatorId, _) = await app.MemberAsync("moderator");
        var (_, memberId, memberEmail) = await app.MemberAsync();

        var bySelf = await (await moderator.PatchAsJsonAsync($"/api/v1/users/{moderatorId}", new { password = "Taken-Over-Passw0rd!" }, null)).ShouldBeAsync(HttpStatusCode.BadRequest);
        Assert.True(bySelf.GetProperty("errors").TryGetProperty("password", out _));
        var ownEmail = await (await moderator.PatchAsJsonAsync($"/api/v1/users/{moderatorId}", new { email = "elsewhere@example.test" }, null)).ShouldBeAsync(HttpStatusCode.BadRequest);
        Assert.True(ownEmail.GetProperty("errors").TryGetProperty("email", out _));
        var onMember = await (await moderator.PatchAsJsonAsync($"/api/v1/users/{memberId}", new { password = "Taken-Over-Passw0rd!" }, null)).ShouldBeAsync(HttpStatusCode.BadRequest);
        Assert.True(onMember.GetProperty("errors").TryGetProperty("password", out _));
        var email = await (await moderator.PatchAsJsonAsync($"/api/v1/users/{memberId}", new { email = "attacker@example.test" }, null)).ShouldBeAsync(HttpStatusCode.Forbidden);
        Assert.Contains("users.credentials", email.GetProperty("detail").GetString());
        await (await owner.PatchAsJsonAsync($"/api/v1/users/{memberId}", new { password = "Taken-Over-Passw0rd!" }, null)).ShouldBeAsync(HttpStatusCode.BadRequest);

        // Nothing changed: the member still signs in with their own password at their own address, version 1.
        await (await LoginAsync(memberEmail, Api.MemberPassword)).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(1, (await owner.GetJsonAsync($"/api/v1/users/{memberId}")).GetProperty("version").GetInt32());

        // The reset powers are users.credentials, which moderators do not hold.
        var reset = await (await moderator.PostAsync($"/api/v1/users/{memberId}/temporary-password", null)).ShouldBeAsync(HttpStatusCode.Forbidden);
        Assert.Contains("users.credentials", reset.GetProperty("detail").GetString());
        await (await moderator.PostAsync($"/api/v1/users/{memberId}/password-reset", null)).ShouldBeAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_temporary_password_must_be_replaced_at_sign_in_and_ends_the_members_sessions()
    {
        using var owner = await app.OwnerAsync();
        var (member, id, email) = await app.MemberAsync();
        var temporary = await (await owner.PostAsync($"/api/v1/users/{id}/temporary-password", null)).ShouldBeAsync(HttpStatusCode.OK);
        var password = temporary.GetProperty("password").GetString()!;
        Assert.True(password.Length >= 16);
        await (await member.GetAsync("/api/v1/auth/me")).ShouldBeAsync(HttpStatusCode.Unauthorized);
        await (await LoginAsync(email, Api.MemberPassword)).ShouldBeAsync(HttpStatusCode.Unauthorized);

        // The temporary password alone opens no session.
        var mustChange = await (await LoginAsync(email, password)).ShouldBeAsync(HttpStatusCode.Forbidden);
        Assert.Equal("password-change-required", mustChange.ProblemType());
        var weak = await (await LoginAsync(email, password, "short")).ShouldBeAsync(HttpStatusCode.BadRequest);
        Assert.Equal("new_password", weak.GetProperty("field").GetString());
        Assert.Empty((await owner.GetJsonAsync($"/api/v1/users/{id}/sessions")).GetProperty("items").EnumerateArray());

        await (await LoginAsync(email, password, "Chosen-By-Me-Passw0rd")).ShouldBeAsync(HttpStatusCode.OK);
        await (await LoginAsync(email, password)).ShouldBeAsync(HttpStatusCode.Unauthorized);
        await (await LoginAsync(email, "Chosen-By-Me-Passw0rd")).ShouldBeAsync(HttpStatusCode.OK);

        var audit = await owner.GetJsonAsync($"/api/v1/audit?target_type=user&target_id={id}&limit=50");
        var actions = audit.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("action").GetString()).ToList();
        Assert.Contains("user.temporary_password_set", actions);
        Assert.Contains("auth.password_changed", actions);
    }

    [Fact]
    public async Task A_reset_link_works_once_and_ends_the_members_sessions()
    {
        using var owner = await app.OwnerAsync();
        var (member, id, email) = await app.MemberAsync();
        var link = await (await owner.PostAsync($"/api/v1/users/{id}/password-reset", null)).ShouldBeAsync(HttpStatusCode.OK);
        var url = link.GetProperty("reset_url").GetString()!;
        Assert.Contains("/reset-password#token=", url);
        var token = url[(url.IndexOf("#token=", StringComparison.Ordinal) + 7)..];
        await (await member.GetAsync("/api/v1/auth/me")).ShouldBeAsync(HttpStatusCode.Unauthorized);

        using var anonymous = app.CreateClient();
        var bad = await (await anonymous.PostAsJsonAsync("/api/v1/auth/password-reset", new { token = token + "x", new_password = "Reset-Passw0rd-Now" })).ShouldBeAsync(HttpStatusCode.BadRequest);
        Assert.Equal("reset-link-invalid", bad.ProblemType());
        await (await anonymous.PostAsJsonAsync("/api/v1/auth/password-reset", new { token, new_password = "Reset-Passw0rd-Now" })).ShouldBeAsync(HttpStatusCode.NoContent);
        var again = await (await anonymous.PostAsJsonAsync("/api/v1/auth/password-reset", new { token, new_password = "Another-Passw0rd-1" })).ShouldBeAsync(HttpStatusCode.BadRequest);
        Assert.Equal("reset-link-invalid", again.ProblemType());
        await (await LoginAsync(email, "Reset-Passw0rd-Now")).ShouldBeAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Resets_follow_the_hierarchy_and_never_apply_to_yourself()
    {
        using var owner = await app.OwnerAsync();
        var (admin, adminId, _) = await app.MemberAsync("admin");
        var ownerId = (await owner.GetJsonAsync("/api/v1/auth/me")).GetProperty("user").GetProperty("id").GetGuid();
        var above = await (await admin.PostAsync($"/api/v1/users/{ownerId}/temporary-password", null)).ShouldBeAsync(HttpStatusCode.Forbidden);
        Assert.Equal("hierarchy", above.ProblemType());
        var self = await (await admin.PostAsync($"/api/v1/users/{adminId}/password-reset", null)).ShouldBeAsync(HttpStatusCode.BadRequest);
        Assert.Equal("self", self.ProblemType());
        await (await owner.PostAsync($"/api/v1/users/{Guid.NewGuid()}/password-reset", null)).ShouldBeAsync(HttpStatusCode.NotFound);
        await (await LoginAsync(GatehouseApp.OwnerEmail, GatehouseApp.OwnerPassword)).ShouldBeAsync(HttpStatusCode.OK);
    }
}

public sealed class CredentialsTests_Sqlite(SqliteApp app) : CredentialsTests<SqliteApp>(app);

public sealed class CredentialsTests_Postgres(PostgresApp app) : CredentialsTests<PostgresApp>(app);
