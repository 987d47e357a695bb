using System.Diagnostics;
using System.Text.Json;
using Gatehouse.Tests.Features.ApiKeys;
using Gatehouse.Tests.Features.Presence;
using Gatehouse.Tests.Features.Webhooks;
using Gatehouse.Tests.Infrastructure;

namespace Gatehouse.Tests.Client;

/// <summary>
/// The site SDK's Node entry (<c>@gatehouse/sdk/server</c>, the built <c>sdk/dist</c>) run by a real
/// <c>node</c> process against the real server: what a Node back end does with it, end to end.
/// </summary>
public abstract class NodeServerEntryTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp, ILiveApp
{
    private static readonly string ServerEntry = Path.Combine(RepositoryRoot(), "sdk", "dist", "gatehouse-sdk-server.js");

    // Reads one JSON job on stdin, runs it with the SDK, prints one JSON answer.
    private const string Script = """
        const job = JSON.parse(await new Response(process.stdin).text());
        const sdk = await import(job.entry);
        const out = {};
        try {
          const t = await sdk.mintSiteToken({ externalId: job.externalId, username: job.username, displayName: "From Node" }, { url: job.url, apiKey: job.apiKey });
          out.minted = { token: t.token, userId: t.userId, created: t.created, expiresAt: t.expiresAt.toISOString() };
        } catch (e) {
          out.refused = { name: e.name, status: e.status, type: e.type, detail: e.detail };
        }
        if (job.webhook) {
          const w = job.webhook;
          const headers = { "webhook-id": w.id, "webhook-timestamp": w.timestamp, "webhook-signature": w.signature };
          out.verified = await sdk.verifyWebhook(w.secret, headers, w.body, { now: job.now });
          out.tamperedVerified = await sdk.verifyWebhook(w.secret, headers, w.body + " ", { now: job.now });
        }
        console.log(JSON.stringify(out));
        """;

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Gatehouse.slnx"))) return dir.FullName;
        throw new InvalidOperationException("Cannot find the repository root (Gatehouse.slnx) above the test binaries.");
    }

    private static async Task<JsonElement> RunNodeAsync(object job)
    {
        if (!File.Exists(ServerEntry))
            throw new InvalidOperationException($"The site SDK is not built ({ServerEntry}); run `npm ci && npm run build` in sdk/.");
        var start = new ProcessStartInfo("node", ["--input-type=module", "-e", Script])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var node = Process.Start(start)!;
        await node.StandardInput.WriteAsync(JsonSerializer.Serialize(job));
        node.StandardInput.Close();
        var output = node.StandardOutput.ReadToEndAsync();
        var errors = node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        Assert.True(node.ExitCode == 0, $"node exited with {node.ExitCode}: {await errors}");
        return JsonDocument.Parse(await output).RootElement;
    }

    [Fact]
    public async Task A_node_back_end_mints_a_token_that_opens_the_gateway_and_verifies_a_real_webhook()
    {
        using var owner = await app.OwnerAsync();
        var key = await owner.CreateKeyAsync(["site.tokens", "webhooks.manage"]);
        await using var receiver = await WebhookReceiver.StartAsync();
        var hook = await owner.CreateHookAsync(receiver.Url, ["user.created"]);
        var external = Api.Unique("node-user");

        var answer = await RunNodeAsync(new
        {
            entry = new Uri(ServerEntry).AbsoluteUri,
            url = app.BaseAddress.ToString(),
            apiKey = key.Secret,
            externalId = external,
            username = Api.Unique("nodevisitor"),
        });
        var minted = answer.GetProperty("minted");
        Assert.True(minted.GetProperty("created").GetBoolean());
        var userId = minted.GetProperty("userId").GetString();
        await using (await GatewayClient.ConnectAsync(app, minted.GetProperty("token").GetString()!))
        {
            var presence = await owner.GetJsonAsync($"/api/v1/presence?user_ids={userId}");
            Assert.Equal("online", presence.GetProperty("items")[0].GetProperty("status").GetString());
        }

        WebhookReceiver.Received got;
        do got = await receiver.NextAsync();
        while (got.AggregateId() != userId);
        var check = await RunNodeAsync(new
        {
            entry = new Uri(ServerEntry).AbsoluteUri,
            url = app.BaseAddress.ToString(),
            apiKey = "gh_live_not_a_key",
            externalId = external,
            now = app.Clock.GetUtcNow().ToUnixTimeMilliseconds(),
            webhook = new { secret = hook.Secret, id = got.Id, timestamp = got.Timestamp, signature = got.Signature, body = got.Body },
        });
        Assert.True(check.GetProperty("verified").GetBoolean());
        Assert.False(check.GetProperty("tamperedVerified").GetBoolean());
        var refused = check.GetProperty("refused");
        Assert.Equal("GatehouseApiError", refused.GetProperty("name").GetString());
        Assert.Equal(401, refused.GetProperty("status").GetInt32());
    }
}

public sealed class NodeServerEntryTests_Sqlite(WebhookSqliteApp app) : NodeServerEntryTests<WebhookSqliteApp>(app);

public sealed class NodeServerEntryTests_Postgres(WebhookPostgresApp app) : NodeServerEntryTests<WebhookPostgresApp>(app);
