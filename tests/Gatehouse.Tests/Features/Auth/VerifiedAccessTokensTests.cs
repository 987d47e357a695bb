using Gatehouse.Server.Features.Auth;
using Gatehouse.Server.Infrastructure;
using Gatehouse.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Gatehouse.Tests.Features.Auth;

public sealed class VerifiedAccessTokensTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);

    [Fact]
    public async Task A_token_is_checked_twice_then_trusted_until_it_expires_and_never_when_altered()
    {
        var (tokens, parameters, issue) = await SetUpAsync();
        var token = await issue();

        // Remembered from its second check on: the third and later ones are free.
        for (var i = 0; i < 4; i++) Assert.True((await tokens.ValidateTokenAsync(token, parameters)).IsValid);
        Assert.Equal(2, tokens.SignatureChecks);
        Assert.Equal(1, tokens.Remembered);

        // A different signature is a different token: checked, refused, and never remembered, however often it comes.
        var forged = token[..^4] + (token[^4..] == "AAAA" ? "BBBB" : "AAAA");
        for (var i = 0; i < 3; i++) Assert.False((await tokens.ValidateTokenAsync(forged, parameters)).IsValid);
        Assert.Equal(5, tokens.SignatureChecks);
        Assert.Equal(1, tokens.Remembered);

        // At its expiry the remembered check no longer counts; past the skew the full check refuses it.
        _clock.Advance(Options.AccessTokenLifetime);
        Assert.True((await tokens.ValidateTokenAsync(token, parameters)).IsValid);
        Assert.Equal(6, tokens.SignatureChecks);
        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.False((await tokens.ValidateTokenAsync(token, parameters)).IsValid);
    }

    [Fact]
    public async Task A_reload_of_the_signing_keys_makes_every_token_be_checked_again()
    {
        var (tokens, parameters, issue) = await SetUpAsync();
        var token = await issue();
        Assert.True((await tokens.ValidateTokenAsync(token, parameters)).IsValid);
        Assert.True((await tokens.ValidateTokenAsync(token, parameters)).IsValid);
        Assert.Equal(1, tokens.Remembered);

        // Checked once more against the reloaded keys, and remembered again at once: it was seen before.
        await _store!.EnsureCurrentAsync(CancellationToken.None);
        Assert.True((await tokens.ValidateTokenAsync(token, parameters)).IsValid);
        Assert.True((await tokens.ValidateTokenAsync(token, parameters)).IsValid);
        Assert.Equal(3, tokens.SignatureChecks);
    }

    [Fact]
    public async Task Tokens_shown_once_are_not_remembered()
    {
        // As a site's gateway connections show theirs: once, at the negotiate that trades it for a socket ticket.
        var (tokens, parameters, issue) = await SetUpAsync();
        var shown = new List<string>();
        for (var i = 0; i < 200; i++)
        {
            shown.Add(await issue());
            Assert.True((await tokens.ValidateTokenAsync(shown[^1], parameters)).IsValid);
        }
        Assert.Equal(200, tokens.SignatureChecks);
        Assert.Equal(0, tokens.Remembered);

        // The one shown again (a reconnection, an admin's next request) is remembered from then on.
        Assert.True((await tokens.ValidateTokenAsync(shown[^1], parameters)).IsValid);
        Assert.True((await tokens.ValidateTokenAsync(shown[^1], parameters)).IsValid);
        Assert.Equal(201, tokens.SignatureChecks);
        Assert.Equal(1, tokens.Remembered);
    }

    [Fact]
    public async Task The_server_checks_a_repeated_token_at_most_twice_and_still_refuses_it_after_sign_out()
    {
        using var client = await app.OwnerAsync();
        var tokens = app.Services.GetRequiredService<VerifiedAccessTokens>();
        (await client.GetAsync("/api/v1/auth/me")).EnsureSuccessStatusCode();
        var before = tokens.SignatureChecks;
        for (var i = 0; i < 3; i++) (await client.GetAsync("/api/v1/auth/me")).EnsureSuccessStatusCode();
        Assert.Equal(before + 1, tokens.SignatureChecks);

        (await client.PostAsync("/api/v1/auth/logout", null)).EnsureSuccessStatusCode();
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/auth/me")).StatusCode);
    }

    private SigningKeyStore? _store;

    private SecurityOptions Options => app.Services.GetRequiredService<IOptions<GatehouseOptions>>().Value.Security;

    private async Task<(VerifiedAccessTokens, Microsoft.IdentityModel.Tokens.TokenValidationParameters, Func<Task<string>>)> SetUpAsync()
    {
        _ = app.Server;
        var options = app.Services.GetRequiredService<IOptions<GatehouseOptions>>();
        _store = new SigningKeyStore(app.Services.GetRequiredService<IServiceScopeFactory>(), options, _clock);
        await _store.EnsureCurrentAsync(CancellationToken.None);
        var service = new TokenService(_store, options, _clock);
        return (new VerifiedAccessTokens(_store, _clock), VerifiedAccessTokens.Parameters(options.Value.Security, _store, _clock),
            async () => (await service.IssueAccessTokenAsync(Guid.NewGuid(), Guid.NewGuid(), CancellationToken.None)).Token);
    }
}
