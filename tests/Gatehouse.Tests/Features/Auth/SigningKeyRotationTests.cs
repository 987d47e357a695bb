using System.Text.Json;
using Gatehouse.Server.Features.Auth;
using Gatehouse.Server.Infrastructure;
using Gatehouse.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Gatehouse.Tests.Features.Auth;

public sealed class SigningKeyRotationTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task A_due_key_is_replaced_and_the_previous_one_stays_published_until_its_tokens_expire()
    {
        _ = app.Server;
        var options = app.Services.GetRequiredService<IOptions<GatehouseOptions>>();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var store = new SigningKeyStore(app.Services.GetRequiredService<IServiceScopeFactory>(), options, clock);
        await store.EnsureCurrentAsync(CancellationToken.None);
        var first = (await store.CurrentAsync(CancellationToken.None)).KeyId;

        clock.Advance(options.Value.Security.SigningKeyRotation + TimeSpan.FromMinutes(1));
        var second = (await store.CurrentAsync(CancellationToken.None)).KeyId;
        Assert.NotEqual(first, second);
        Assert.Equal(new[] { first, second }.Order(), Kids(store).Order());

        // Once every token the old key signed has expired, it leaves the JWKS.
        clock.Advance(options.Value.Security.AccessTokenLifetime + TimeSpan.FromMinutes(10));
        await store.EnsureCurrentAsync(CancellationToken.None);
        Assert.Equal([second], Kids(store));
    }

    private static string[] Kids(SigningKeyStore store) =>
        [.. JsonSerializer.SerializeToElement(store.Jwks()).GetProperty("keys").EnumerateArray().Select(k => k.GetProperty("kid").GetString()!)];
}
