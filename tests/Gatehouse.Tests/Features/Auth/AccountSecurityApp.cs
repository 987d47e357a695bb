using Gatehouse.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Time.Testing;
using OtpNet;

namespace Gatehouse.Tests.Features.Auth;

/// <summary>A server on a fake clock, so TOTP steps and the step-up window move when the test says.</summary>
public interface IAccountSecurityApp
{
    FakeTimeProvider Clock { get; }

    /// <summary>The code an authenticator app holding <paramref name="secret"/> shows now (on the server's clock).</summary>
    public string CodeFor(string secret) => new Totp(Base32Encoding.ToBytes(secret)).ComputeTotp(Clock.GetUtcNow().UtcDateTime);
}

public class AccountSecuritySqliteApp : SqliteApp, IAccountSecurityApp
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected virtual IReadOnlyDictionary<string, string?> Policy => TwoFactorPolicySettings.None;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        LiveServer.Configure(builder, Clock, Policy);
    }
}

public class AccountSecurityPostgresApp : PostgresApp, IAccountSecurityApp
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected virtual IReadOnlyDictionary<string, string?> Policy => TwoFactorPolicySettings.None;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        LiveServer.Configure(builder, Clock, Policy);
    }
}

/// <summary>Members holding moderation.ban (moderators, admins, the owner) must sign in with two factors.</summary>
public static class TwoFactorPolicySettings
{
    /// <summary>Access tokens outlive the clock moves of a test (the step-up window is what is under test, not token expiry).</summary>
    public static readonly IReadOnlyDictionary<string, string?> None = new Dictionary<string, string?>
    {
        ["Gatehouse:Security:AccessTokenLifetime"] = "01:00:00",
    };

    public static readonly IReadOnlyDictionary<string, string?> ModerationBan = new Dictionary<string, string?>
    {
        ["Gatehouse:Security:AccessTokenLifetime"] = "01:00:00",
        ["Gatehouse:Security:TwoFactorRequiredFor:0"] = "moderation.ban",
    };
}

public sealed class TwoFactorPolicySqliteApp : AccountSecuritySqliteApp
{
    protected override IReadOnlyDictionary<string, string?> Policy => TwoFactorPolicySettings.ModerationBan;
}

public sealed class TwoFactorPolicyPostgresApp : AccountSecurityPostgresApp
{
    protected override IReadOnlyDictionary<string, string?> Policy => TwoFactorPolicySettings.ModerationBan;
}
