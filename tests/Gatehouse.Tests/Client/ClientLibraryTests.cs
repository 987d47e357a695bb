using Gatehouse.Client;
using Gatehouse.Client.Generated.Models;
using Gatehouse.Tests.Features.ApiKeys;
using Gatehouse.Tests.Features.Presence;
using Gatehouse.Tests.Features.Webhooks;
using Gatehouse.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Gatehouse.Tests.Client;

/// <summary>The .NET client library (Gatehouse.Client) against the real server on Kestrel, as a site's back end uses it.</summary>
public abstract class ClientLibraryTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp, ILiveApp
{
    private async Task<(GatehouseClient Client, ServiceProvider Services)> ClientAsync(params string[] scopes)
    {
        using var owner = await app.OwnerAsync();
        var key = await owner.CreateKeyAsync(scopes);
        var services = new ServiceCollection().AddLogging();
        services.AddGatehouseClient(o =>
        {
            o.BaseAddress = app.BaseAddress;
            o.ApiKey = key.Secret;
        });
        var provider = services.BuildServiceProvider();
        return (provider.GetRequiredService<GatehouseClient>(), provider);
    }

    [Fact]
    public async Task Members_can_be_created_read_updated_found_and_deleted_with_an_api_key()
    {
        var (gh, services) = await ClientAsync("users.read", "users.create", "users.update", "users.delete", "roles.read", "roles.assign");
        await using var _ = services;
        var username = Api.Unique("client");
        var created = await gh.CreateMemberAsync(new CreateUserRequest { Username = username, Email = $"{username}@example.com", DisplayName = "Client Made" });
        var id = created.Id!.Value;
        Assert.Equal("Client Made", (await gh.GetMemberAsync(id)).DisplayName);

        var updated = await gh.UpdateMemberAsync(id, new UpdateUserRequest { DisplayName = "Client Renamed" });
        Assert.Equal(2, updated.Version);
        var roles = await gh.ListRolesAsync();
        Assert.Contains(roles, r => r.Name == "guest");
        var withRole = await gh.ChangeRolesAsync(id, ["guest"], null);
        Assert.Contains(withRole.Roles!, r => r.Name == "guest");
        var page = await gh.ListMembersAsync(q => q.Q = username);
        Assert.Equal(id, Assert.Single(page.Items!).Id);

        await gh.DeleteMemberAsync(id);
        var missing = await Assert.ThrowsAnyAsync<Microsoft.Kiota.Abstractions.ApiException>(() => gh.GetMemberAsync(id));
        Assert.Equal(404, missing.ResponseStatusCode);
        var invalid = await Assert.ThrowsAsync<HttpValidationProblemDetails>(() => gh.CreateMemberAsync(new CreateUserRequest { Username = "x y" }));
        Assert.Contains("username", invalid.Errors!.AdditionalData.Keys);
    }

    [Fact]
    public async Task A_minted_token_puts_the_member_in_the_presence_snapshot_and_a_ban_goes_through()
    {
        var (gh, services) = await ClientAsync("site.tokens", "users.read", "presence.read", "moderation.ban", "moderation.read");
        await using var _ = services;
        var external = Api.Unique("site-user");
        var minted = await gh.MintSiteTokenAsync(new SiteMember(external, Api.Unique("visitor"), "Visitor"));
        Assert.True(minted.Created);
        Assert.True(minted.ExpiresAt > app.Clock.GetUtcNow());
        Assert.Equal(minted.UserId, (await gh.FindMemberByExternalIdAsync(external))!.Id);

        await using (await GatewayClient.ConnectAsync(app, minted.Token))
        {
            var snapshot = await gh.GetPresenceAsync(q => q.UserIds = minted.UserId.ToString());
            Assert.Equal("online", Assert.Single(snapshot.Items!).Status);
        }

        var ban = await gh.BanAsync(minted.UserId, "client library test", TimeSpan.FromHours(1));
        Assert.Equal("ban", ban.Kind);
        var sanctions = await gh.ListSanctionsAsync(q => q.Member = minted.UserId);
        Assert.Single(sanctions.Items!);
        var refused = await Assert.ThrowsAsync<ProblemDetails>(() => gh.MintSiteTokenAsync(new SiteMember(external)));
        Assert.Equal(403, refused.Status);
        Assert.Contains("client library test", refused.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_webhook_created_with_the_client_is_verified_by_its_signature_helper()
    {
        var (gh, services) = await ClientAsync("webhooks.manage", "users.create");
        await using var _ = services;
        await using var receiver = await WebhookReceiver.StartAsync();
        var hook = await gh.CreateWebhookAsync(new CreateWebhookRequest { Url = receiver.Url.ToString(), EventTypes = ["user.created"] });
        Assert.Contains(hook.Webhook!.Id!.Value, (await gh.ListWebhooksAsync()).Items!.Select(w => w.Id!.Value));
        var username = Api.Unique("hooked");
        var member = await gh.CreateMemberAsync(new CreateUserRequest { Username = username, Email = $"{username}@example.com" });
        WebhookReceiver.Received got;
        do got = await receiver.NextAsync();
        while (got.AggregateId() != member.Id.ToString());

        Assert.True(WebhookSignature.Verify(hook.Secret!, got.Id, got.Timestamp, got.Signature, got.Body, app.Clock));
        Assert.False(WebhookSignature.Verify(hook.Secret!, got.Id, got.Timestamp, got.Signature, got.Body + " ", app.Clock));
        Assert.False(WebhookSignature.Verify(hook.Secret!, "msg_other", got.Timestamp, got.Signature, got.Body, app.Clock));
        app.Clock.Advance(TimeSpan.FromMinutes(6)); // a replay after the tolerance
        Assert.False(WebhookSignature.Verify(hook.Secret!, got.Id, got.Timestamp, got.Signature, got.Body, app.Clock));
    }
}

public sealed class ClientLibraryTests_Sqlite(WebhookSqliteApp app) : ClientLibraryTests<WebhookSqliteApp>(app);

public sealed class ClientLibraryTests_Postgres(WebhookPostgresApp app) : ClientLibraryTests<WebhookPostgresApp>(app);
