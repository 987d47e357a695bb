using Gatehouse.Tests.Features.Alerts;
using Gatehouse.Tests.Infrastructure;

namespace Gatehouse.Tests.Features.Auth.Sso;

/// <summary>Gatehouse on real Kestrel next to a real OpenID Connect provider, both on loopback, mailing through a real SMTP sink.</summary>
public interface ISsoApp
{
    LocalOidcProvider Provider { get; }
    Uri BaseAddress { get; }
    /// <summary>Where the server's mail goes (linking and unlinking an identity are told to the member).</summary>
    SmtpSink Sink { get; }
}

internal static class SsoAppStart
{
    /// <summary>
    /// Mail to the sink, and a back-channel timeout for a loaded test machine: the in-process provider's first
    /// answers (its whole OpenIddict pipeline built and compiled on first use) took over 60 s there. Production
    /// keeps the 15 s default; an unreachable provider (connection refused) is answered at once either way.
    /// </summary>
    public static Dictionary<string, string?> Settings(SmtpSink sink) =>
        new(MailSettings.For(sink)) { ["Gatehouse:Security:SsoBackchannelTimeout"] = "00:05:00" };

    /// <summary>The provider first (its address goes into Gatehouse's settings through the API), then Gatehouse, then the client registration.</summary>
    public static async Task StartAsync(LocalOidcProvider provider, Func<Uri> gatehouse)
    {
        await provider.StartAsync();
        await provider.RegisterClientAsync(new Uri(gatehouse(), "/api/v1/auth/sso/corp/callback"));
    }
}

public sealed class SsoSqliteApp : SqliteApp, ISsoApp, IMailApp
{
    public SsoSqliteApp() => UseKestrel(0);

    public LocalOidcProvider Provider { get; } = new();
    public Uri BaseAddress => LiveServer.AddressOf(Services);
    public SmtpSink Sink { get; private set; } = null!;
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => SsoAppStart.Settings(Sink);

    public override async Task InitializeAsync()
    {
        Sink = await SmtpSink.StartAsync();
        await base.InitializeAsync();
        StartServer();
        await SsoAppStart.StartAsync(Provider, () => BaseAddress);
    }

    public override async ValueTask DisposeAsync()
    {
        await Provider.DisposeAsync();
        await base.DisposeAsync();
        await Sink.DisposeAsync();
    }
}

public sealed class SsoPostgresApp : PostgresApp, ISsoApp, IMailApp
{
    public SsoPostgresApp() => UseKestrel(0);

    public LocalOidcProvider Provider { get; } = new();
    public Uri BaseAddress => LiveServer.AddressOf(Services);
    public SmtpSink Sink { get; private set; } = null!;
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => SsoAppStart.Settings(Sink);

    public override async Task InitializeAsync()
    {
        Sink = await SmtpSink.StartAsync();
        await base.InitializeAsync();
        StartServer();
        await SsoAppStart.StartAsync(Provider, () => BaseAddress);
    }

    public override async ValueTask DisposeAsync()
    {
        await Provider.DisposeAsync();
        await base.DisposeAsync();
        await Sink.DisposeAsync();
    }
}
