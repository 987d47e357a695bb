using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Gatehouse.Tests.Features.Invites;
using Gatehouse.Tests.Features.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gatehouse.Tests.Infrastructure.Observability;

/// <summary>
/// A run through every place a secret passes (sign-in, a failed sign-in, token refresh, API key
/// creation and use, webhook creation and secret rotation, a webhook send that fails, an invite code
/// in a path, an access token in a query string), with every log category at Debug: no password,
/// token, API key, invite code or <c>whsec_</c> secret appears in any log line, message, value, scope
/// or exception. The access log is there, with routes, masked paths and users.
/// </summary>
public abstract class LogSecretsTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp, ILoggedApp
{
    private const string WrongPassword = "Wr0ng-Passw0rd-Never-Logged!";

    [Fact]
    public async Task No_password_token_api_key_or_webhook_secret_reaches_the_logs()
    {
        var secrets = new List<string> { GatehouseApp.OwnerPassword, Api.MemberPassword, WrongPassword };
        using var anonymous = app.CreateClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/v1/auth/login",
            new { email = GatehouseApp.OwnerEmail, password = WrongPassword })).StatusCode);
        var login = await (await anonymous.PostAsJsonAsync("/api/v1/auth/login",
            new { email = GatehouseApp.OwnerEmail, password = GatehouseApp.OwnerPassword, refresh_in_body = true })).ShouldBeAsync(HttpStatusCode.OK);
        var refreshToken = login.GetProperty("refresh_token").GetString()!;
        var refreshed = await (await anonymous.PostAsJsonAsync("/api/v1/auth/refresh", new { refresh_token = refreshToken })).ShouldBeAsync(HttpStatusCode.OK);
        var accessToken = refreshed.GetProperty("access_token").GetString()!;
        secrets.AddRange([login.GetProperty("access_token").GetString()!, refreshToken, accessToken, refreshed.GetProperty("refresh_token").GetString()!]);

        using var owner = app.CreateClient();
        owner.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        var (member, memberId, _) = await app.MemberAsync("guest");
        member.Dispose();

        var key = (await (await owner.PostAsJsonAsync("/api/v1/api-keys", new { name = Api.Unique("logs"), scopes = new[] { "users.read", "settings.manage" } }))
            .ShouldBeAsync(HttpStatusCode.Created)).GetProperty("key").GetString()!;
        secrets.Add(key);
        using var keyed = app.CreateClient();
        keyed.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        await keyed.GetJsonAsync("/api/v1/users");
        Assert.Equal(HttpStatusCode.OK, (await keyed.GetAsync("/metrics")).StatusCode);
        using var forgedKey = app.CreateClient();
        forgedKey.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key[..^4] + "0000");
        Assert.Equal(HttpStatusCode.Unauthorized, (await forgedKey.GetAsync("/api/v1/users")).StatusCode);

        // A receiver that is not there: the send fails, and its failure is logged.
        var hook = await (await owner.PostAsJsonAsync("/api/v1/webhooks", new { url = "http://127.0.0.1:9/hook", event_types = new[] { "user.updated" } }))
            .ShouldBeAsync(HttpStatusCode.Created);
        var hookId = hook.GetProperty("webhook").GetProperty("id").GetGuid();
        secrets.Add(hook.GetProperty("secret").GetString()!);
        var rotated = await (await owner.PostAsJsonAsync($"/api/v1/webhooks/{hookId}/rotate-secret", new { overlap_seconds = 60 }))
            .ShouldBeAsync(HttpStatusCode.OK);
        secrets.Add(rotated.GetProperty("secret").GetString()!);
        var attempts = app.FollowAttempts();
        var test = await (await owner.PostAsync($"/api/v1/webhooks/{hookId}/test", null)).ShouldBeAsync(HttpStatusCode.Accepted);
        await (await owner.PatchAsJsonAsync($"/api/v1/users/{memberId}", new { display_name = "Logged" }, null)).ShouldBeAsync(HttpStatusCode.OK);
        while (await attempts.NextAsync() != test.GetProperty("id").GetGuid()) { }

        // Secrets in the URL: an invite code in the path, an access token in the query (as SignalR sends it).
        var code = await owner.CreateInviteAsync(new { max_uses = 5 });
        secrets.Add(code);
        await (await anonymous.GetAsync($"/api/v1/invites/{code}/landing")).ShouldBeAsync(HttpStatusCode.OK);
        await (await anonymous.PostAsync($"/hubs/live/negotiate?negotiateVersion=1&access_token={accessToken}", null)).ShouldBeAsync(HttpStatusCode.OK);
        // An unknown path that looks like a link with a token (a mistyped invite link).
        await anonymous.GetAsync($"/api/v1/invitez/{code}");

        var lines = app.Logs.Lines;
        // Whole secrets, and the part of each that would identify it on its own (a token's signature, a secret's key bytes).
        var needles = secrets.SelectMany(s => new[] { s, s.Split('.')[^1], s.StartsWith("whsec_", StringComparison.Ordinal) ? s[6..] : s }).Distinct().ToList();
        var leaks = lines.Where(l => needles.Any(n => l.Contains(n, StringComparison.Ordinal))).ToList();
        Assert.True(leaks.Count == 0, "Secrets in the logs:\n" + string.Join("\n", leaks.Take(5)));

        // The access log is on: one line per request, with the route pattern, the path (secrets masked) and the caller.
        var access = lines.Where(l => l.StartsWith("Microsoft.AspNetCore.HttpLogging", StringComparison.Ordinal)).ToList();
        Assert.Contains(access, l => l.Contains("route=/api/v1/auth/login", StringComparison.Ordinal) && l.Contains("StatusCode=401", StringComparison.Ordinal));
        Assert.Contains(access, l => l.Contains("route=/api/v1/users/{id}", StringComparison.Ordinal) && l.Contains("action=UpdateUser", StringComparison.Ordinal)
            && l.Contains($"path=/api/v1/users/{memberId}", StringComparison.Ordinal)
            && l.Contains("user_id=", StringComparison.Ordinal) && l.Contains("Duration=", StringComparison.Ordinal));
        Assert.Contains(access, l => l.Contains("path=/api/v1/invites/***/landing", StringComparison.Ordinal));
        Assert.Contains(access, l => l.Contains("path=/hubs/live/negotiate", StringComparison.Ordinal) && l.Contains("StatusCode=200", StringComparison.Ordinal));
        Assert.Contains(access, l => l.Contains("path=/api/v1/invitez/***", StringComparison.Ordinal) && l.Contains("StatusCode=404", StringComparison.Ordinal));
        Assert.Contains(access, l => l.Contains("route=/metrics", StringComparison.Ordinal) && l.Contains("api_key_id=", StringComparison.Ordinal));
    }
}

/// <summary>An app whose log lines are all recorded.</summary>
public interface ILoggedApp
{
    RecordingLoggerProvider Logs { get; }
}

/// <summary>Every category at Debug into the recorder (the console stays at warnings), loopback webhooks allowed.</summary>
internal static class LoggedSettings
{
    public static readonly IReadOnlyDictionary<string, string?> All = new Dictionary<string, string?>
    {
        ["Logging:LogLevel:Default"] = "Debug",
        ["Logging:LogLevel:Microsoft.AspNetCore.HttpLogging"] = "Information",
        ["Logging:Console:LogLevel:Default"] = "Warning",
        ["Gatehouse:Webhooks:AllowLoopback"] = "true",
    };
}

public sealed class LoggedSqliteApp : SqliteApp, ILoggedApp
{
    public RecordingLoggerProvider Logs { get; } = new();
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => LoggedSettings.All;
    protected override void ConfigureTestServices(IServiceCollection services) => services.AddSingleton<ILoggerProvider>(Logs);
}

public sealed class LoggedPostgresApp : PostgresApp, ILoggedApp
{
    public RecordingLoggerProvider Logs { get; } = new();
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => LoggedSettings.All;
    protected override void ConfigureTestServices(IServiceCollection services) => services.AddSingleton<ILoggerProvider>(Logs);
}

public sealed class LogSecretsTests_Sqlite(LoggedSqliteApp app) : LogSecretsTests<LoggedSqliteApp>(app);

public sealed class LogSecretsTests_Postgres(LoggedPostgresApp app) : LogSecretsTests<LoggedPostgresApp>(app);
