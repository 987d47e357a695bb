using System.Net;
using System.Net.Http.Json;
using Gatehouse.Server.Features.Auth.TwoFactor;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gatehouse.Tests.Features.Auth;

/// <summary>Authenticator-app (TOTP) sign-in: enrolment, codes that work once, recovery codes, turning off, admin reset.</summary>
public abstract class TwoFactorTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp, IAccountSecurityApp
{
    private IAccountSecurityApp Clocked => app;

    private Task<HttpResponseMessage> LoginAsync(string email, string? code = null, string password = Api.MemberPassword) =>
        app.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email, password, code, refresh_in_body = true });

    /// <summary>Enrols the signed-in member and answers the secret and the recovery codes.</summary>
    internal static async Task<(string Secret, List<string> RecoveryCodes)> EnrolAsync(HttpClient client, IAccountSecurityApp clocked)
    {
        var enrolment = await (await client.PostAsync("/api/v1/me/2fa/enrolment", null)).ShouldBeAsync(HttpStatusCode.OK);
        var secret = enrolment.GetProperty("secret").GetString()!;
        Assert.StartsWith("otpauth://totp/Gatehouse:", enrolment.GetProperty("otpauth_uri").GetString());
        Assert.Contains($"secret={secret}", enrolment.GetProperty("otpauth_uri").GetString());
        var codes = await (await client.PostAsJsonAsync("/api/v1/me/2fa/confirm", new { code = clocked.CodeFor(secret) })).ShouldBeAsync(HttpStatusCode.OK);
        return (secret, [.. codes.GetProperty("codes").EnumerateArray().Select(c => c.GetString()!)]);
    }

    [Fact]
    public async Task Enrolment_turns_on_with_a_first_code_and_sign_in_then_needs_a_fresh_code()
    {
        var (member, id, email) = await app.MemberAsync();
        var enrolment = await (await member.PostAsync("/api/v1/me/2fa/enrolment", null)).ShouldBeAsync(HttpStatusCode.OK);
        var secret = enrolment.GetProperty("secret").GetString()!;
        var pending = await member.GetJsonAsync("/api/v1/me/2fa");
        Assert.True(pending.GetProperty("pending").GetBoolean());
        // Pending is not on: sign-in does not ask for codes yet.
        await (await LoginAsync(email)).ShouldBeAsync(HttpStatusCode.OK);

        var wrong = await (await member.PostAsJsonAsync("/api/v1/me/2fa/confirm", new { code = "000000" == Clocked.CodeFor(secret) ? "111111" : "000000" }))
            .ShouldBeAsync(HttpStatusCode.BadRequest);
        Assert.Equal("invalid-two-factor-code", wrong.ProblemType());
        var confirmCode = Clocked.CodeFor(secret);
        var codes = await (await member.PostAsJsonAsync("/api/v1/me/2fa/confirm", new { code = confirmCode })).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(10, codes.GetProperty("codes").GetArrayLength());
        Assert.Equal(10, codes.GetProperty("codes").EnumerateArray().Select(c => c.GetString()).Distinct().Count());

        var needed = await (await LoginAsync(email)).ShouldBeAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("two-factor-required", needed.ProblemType());
        // The code that confirmed enrolment was spent: replaying it within its 30-second window fails.
        Assert.Equal("invalid-two-factor-code", (await (await LoginAsync(email, confirmCode)).ShouldBeAsync(HttpStatusCode.Unauthorized)).ProblemType());
        // A wrong password with a good code is still a wrong password.
        Clocked.Clock.Advance(TimeSpan.FromSeconds(30));
        await (await LoginAsync(email, Clocked.CodeFor(secret), "Wrong-Passw0rd!")).ShouldBeAsync(HttpStatusCode.Unauthorized);
        var fresh = Clocked.CodeFor(secret);
        await (await LoginAsync(email, fresh)).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal("invalid-two-factor-code", (await (await LoginAsync(email, fresh)).ShouldBeAsync(HttpStatusCode.Unauthorized)).ProblemType());

        // The secret is stored encrypted, never as the key the app holds.
        using var scope = app.Services.CreateScope();
        var stored = await scope.ServiceProvider.GetRequiredService<GatehouseDb>().Set<TwoFactorEnrolment>().AsNoTracking().SingleAsync(t => t.UserId == id);
        Assert.DoesNotContain(secret, stored.SecretProtected, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(codes.GetProperty("codes")[0].GetString()!, string.Join(",", stored.RecoveryCodeHashes), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once()
    {
        var (member, _, email) = await app.MemberAsync();
        var (_, recovery) = await EnrolAsync(member, Clocked);
        await (await LoginAsync(email, recovery[3])).ShouldBeAsync(HttpStatusCode.OK);
        await (await LoginAsync(email, recovery[3])).ShouldBeAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(9, (await member.GetJsonAsync("/api/v1/me/2fa")).GetProperty("recovery_codes_left").GetInt32());
    }

    [Fact]
    public async Task Turning_off_needs_a_code()
    {
        var (member, _, email) = await app.MemberAsync();
        var (secret, _) = await EnrolAsync(member, Clocked);
        Clocked.Clock.Advance(TimeSpan.FromSeconds(30));
        await (await member.PostAsJsonAsync("/api/v1/me/2fa/disable", new { code = "12345" })).ShouldBeAsync(HttpStatusCode.BadRequest);
        await (await LoginAsync(email)).ShouldBeAsync(HttpStatusCode.Unauthorized);
        await (await member.PostAsJsonAsync("/api/v1/me/2fa/disable", new { code = Clocked.CodeFor(secret) })).ShouldBeAsync(HttpStatusCode.NoContent);
        await (await LoginAsync(email)).ShouldBeAsync(HttpStatusCode.OK);
        Assert.False((await member.GetJsonAsync("/api/v1/me/2fa")).GetProperty("enabled").GetBoolean());
    }

    [Fact]
    public async Task An_admin_with_users_credentials_resets_a_members_app_and_it_is_audited()
    {
        using var owner = await app.OwnerAsync();
        var (moderator, _, _) = await app.MemberAsync("moderator");
        var (member, id, email) = await app.MemberAsync();
        await EnrolAsync(member, Clocked);

        var refused = await (await moderator.DeleteAsync($"/api/v1/users/{id}/2fa")).ShouldBeAsync(HttpStatusCode.Forbidden);
        Assert.Contains("users.credentials", refused.GetProperty("detail").GetString());
        await (await owner.DeleteAsync($"/api/v1/users/{id}/2fa")).ShouldBeAsync(HttpStatusCode.NoContent);
        await (await member.GetAsync("/api/v1/auth/me")).ShouldBeAsync(HttpStatusCode.Unauthorized);
        await (await LoginAsync(email)).ShouldBeAsync(HttpStatusCode.OK);
        // Nothing left to reset: refused, and not audited twice.
        await (await owner.DeleteAsync($"/api/v1/users/{id}/2fa")).ShouldBeAsync(HttpStatusCode.Conflict);
        var audit = await owner.GetJsonAsync($"/api/v1/audit?action=user.2fa_reset&target_id={id}");
        Assert.Single(audit.GetProperty("items").EnumerateArray());
    }
}

public sealed class TwoFactorTests_Sqlite(AccountSecuritySqliteApp app) : TwoFactorTests<AccountSecuritySqliteApp>(app);

public sealed class TwoFactorTests_Postgres(AccountSecurityPostgresApp app) : TwoFactorTests<AccountSecurityPostgresApp>(app);
