using Gatehouse.Tests.Infrastructure;

namespace Gatehouse.Tests.Features.Auth.Sso;

/// <summary>Gatehouse on real Kestrel next to a real OpenID Connect provider, both on loopback.</summary>
public interface ISsoApp
{
    LocalOidcProvider Provider { get; }
    Uri BaseAddress { get; }
}

internal static class SsoAppStart
{
    /// <summary>The provider first (its address goes into Gatehouse's settings through the API), then Gatehouse, then the client registration.</summary>
    public static async Task StartAsync(LocalOidcProvider provider, Func<Uri> gatehouse)
    {
        await provider.StartAsync();
        await provider.RegisterClientAsync(new Uri(gatehouse(), "/api/v1/auth/sso/corp/callback"));
    }
}

public sealed class SsoSqliteApp : SqliteApp, ISsoApp
{
    public SsoSqliteApp() => UseKestrel(0);

    public LocalOidcProvider Provider { get; } = new();
    public Uri BaseAddress => LiveServer.AddressOf(Services);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        StartServer();
        await SsoAppStart.StartAsync(Provider, () => BaseAddress);
    }

    public override async ValueTask DisposeAsync()
    {
        await Provider.DisposeAsync();
        await base.DisposeAsync();
    }
}

public sealed class SsoPostgresApp : PostgresApp, ISsoApp
{
    public SsoPostgresApp() => UseKestrel(0);

    public LocalOidcProvider Provider { get; } = new();
    public Uri BaseAddress => LiveServer.AddressOf(Services);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        StartServer();
        await SsoAppStart.StartAsync(Provider, () => BaseAddress);
    }

    public override async ValueTask DisposeAsync()
    {
        await Provider.DisposeAsync();
        await base.DisposeAsync();
    }
}
