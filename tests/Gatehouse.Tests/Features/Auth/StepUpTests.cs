using System.Net;
using System.Net.Http.Json;
using Gatehouse.Tests.Infrastructure;

namespace Gatehouse.Tests.Features.Auth;

/// <summary>
/// Step-up ("sudo mode"): dangerous actions need a password or code re-check within the last 10
/// minutes. The fake clock moves past the window; the API answers step-up-required; a re-check opens it again.
/// </summary>
public abstract class StepUpTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp, IAccountSecurityApp
{
    private IAccountSecurityApp Clocked => app;

    private static Task<HttpResponseMessage> CreateKeyAsync(HttpClient client) =>
        client.PostAsJsonAsync("/api/v1/api-keys", new { name = Api.Unique("key"), scopes = new[] { "users.read" } });

    [Fact]
    public async Task Dangerous_actions_need_a_re_check_once_the_window_has_passed()
    {
        using var owner = await app.OwnerAsync();
        await (await CreateKeyAsync(owner)).ShouldBeAsync(HttpStatusCode.Created); // a fresh sign-in counts as a check
        var (_, memberId, _) = await app.MemberAsync();

        Clocked.Clock.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1));
        var refused = await (await CreateKeyAsync(owner)).ShouldBeAsync(HttpStatusCode.Forbidden);
        Assert.Equal("step-up-required", refused.ProblemType());
        Assert.Equal("/api/v1/me/step-up", refused.GetProperty("step_up_url").GetString());
        Assert.Equal("step-up-required", (await (await owner.GetAsync("/api/v1/audit/export?format=json")).ShouldBeAsync(HttpStatusCode.Forbidden)).ProblemType());
        Assert.Equal("step-up-required", (await (await owner.DeleteAsync($"/api/v1/users/{memberId}")).ShouldBeAsync(HttpStatusCode.Forbidden)).ProblemType());
        Assert.Equal("step-up-required", (await (await owner.PostAsJsonAsync($"/api/v1/users/{memberId}/roles", new { add = new[] { "admin" } }))
            .ShouldBeAsync(HttpStatusCode.Forbidden)).ProblemType());
        // Ordinary writes do not ask.
        await (await owner.PostAsJsonAsync($"/api/v1/users/{memberId}/roles", new { add = new[] { "staff" } })).ShouldBeAsync(HttpStatusCode.OK);

        var wrong = await (await owner.PostAsJsonAsync("/api/v1/me/step-up", new { password = "Not-The-Passw0rd" })).ShouldBeAsync(HttpStatusCode.Forbidden);
        Assert.Equal("wrong-password", wrong.ProblemType());
        await (await CreateKeyAsync(owner)).ShouldBeAsync(HttpStatusCode.Forbidden);

        var opened = await (await owner.PostAsJsonAsync("/api/v1/me/step-up", new { password = GatehouseApp.OwnerPassword })).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(Clocked.Clock.GetUtcNow().UtcDateTime.AddMinutes(10), opened.GetProperty("stepped_up_until").GetDateTime(), TimeSpan.FromSeconds(1));
        await (await CreateKeyAsync(owner)).ShouldBeAsync(HttpStatusCode.Created);
        await (await owner.PostAsJsonAsync($"/api/v1/users/{memberId}/roles", new { add = new[] { "admin" } })).ShouldBeAsync(HttpStatusCode.OK);

        Clocked.Clock.Advance(TimeSpan.FromMinutes(9));
        await (await CreateKeyAsync(owner)).ShouldBeAsync(HttpStatusCode.Created);
        Clocked.Clock.Advance(TimeSpan.FromMinutes(2));
        await (await CreateKeyAsync(owner)).ShouldBeAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_code_from_the_app_also_steps_up_and_the_refusal_is_audited()
    {
        var (member, id, _) = await app.MemberAsync();
        var (secret, _) = await TwoFactorTests<TApp>.EnrolAsync(member, Clocked);
        Clocked.Clock.Advance(TimeSpan.FromMinutes(11));
        await (await member.PostAsync("/api/v1/me/2fa/enrolment", null)).ShouldBeAsync(HttpStatusCode.Forbidden);
        await (await member.PostAsJsonAsync("/api/v1/me/step-up", new { code = "000000" == Clocked.CodeFor(secret) ? "111111" : "000000" }))
            .ShouldBeAsync(HttpStatusCode.BadRequest);
        await (await member.PostAsJsonAsync("/api/v1/me/step-up", new { code = Clocked.CodeFor(secret) })).ShouldBeAsync(HttpStatusCode.OK);
        // Stepped up; the next refusal is the enrolment's own (already on), not the step-up.
        Assert.Equal("two-factor-enabled", (await (await member.PostAsync("/api/v1/me/2fa/enrolment", null)).ShouldBeAsync(HttpStatusCode.Conflict)).ProblemType());

        using var owner = await app.OwnerAsync();
        var audit = await owner.GetJsonAsync($"/api/v1/audit?action=auth.step_up&target_id={id}");
        Assert.Contains(audit.GetProperty("items").EnumerateArray(), e => e.GetProperty("result").GetString() == "fail");
        Assert.Contains(audit.GetProperty("items").EnumerateArray(), e => e.GetProperty("result").GetString() == "success");
    }
}

public sealed class StepUpTests_Sqlite(AccountSecuritySqliteApp app) : StepUpTests<AccountSecuritySqliteApp>(app);

public sealed class StepUpTests_Postgres(AccountSecurityPostgresApp app) : StepUpTests<AccountSecurityPostgresApp>(app);
