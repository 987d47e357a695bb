using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Channels;
using Gatehouse.Server.Features.Analytics.Storage;
using Gatehouse.Server.Features.Groups.Engine;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Gatehouse.Tests.Features.Groups;

/// <summary>
/// The scheduled pass runs every hour of the fake clock: tests move the clock to run it. Rules apply two
/// members per transaction, so a handful of members already makes a pass of several chunks.
/// </summary>
public static class GroupsSettings
{
    public static Dictionary<string, string?> For(IReadOnlyDictionary<string, string?> settings) =>
        new(settings) { ["Gatehouse:Groups:EvaluateEvery"] = "01:00:00", ["Gatehouse:Groups:ApplyChunk"] = "2" };
}

public class GroupsSqliteApp : LiveSqliteApp
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => GroupsSettings.For(base.ExtraSettings);
}

public class GroupsPostgresApp : LivePostgresApp
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => GroupsSettings.For(base.ExtraSettings);
}

/// <summary>Group rule API calls and engine follow-ups, as the tests need them.</summary>
public static class GroupsKit
{
    public static async Task<JsonElement> CreateGroupRuleAsync(this HttpClient admin, object rule) =>
        await (await admin.PostAsJsonAsync("/api/v1/groups/rules", rule)).ShouldBeAsync(HttpStatusCode.Created);

    public static async Task<JsonElement> PreviewAsync(this HttpClient admin, object rule) =>
        await (await admin.PostAsJsonAsync("/api/v1/groups/rules/preview", rule)).ShouldBeAsync(HttpStatusCode.OK);

    /// <summary>
    /// Committed passes, as the engine publishes them. A pass that fails closes the channel with the engine's
    /// error, so a test waiting for a pass fails at once with the reason instead of timing out.
    /// </summary>
    public static Channel<GroupRulePass> FollowPasses(this ILiveApp app)
    {
        var channel = Channel.CreateUnbounded<GroupRulePass>();
        var feed = app.Services.GetRequiredService<GroupsLiveFeed>();
        feed.Passed += p => channel.Writer.TryWrite(p);
        feed.Failed += f => channel.Writer.TryComplete(
            new InvalidOperationException($"A dynamic group pass ({f.Trigger}, rules {(f.RuleIds is null ? "all" : string.Join(", ", f.RuleIds))}) failed", f.Error));
        return channel;
    }

    public static async Task<GroupRulePass> NextAsync(this Channel<GroupRulePass> channel, Func<GroupRulePass, bool> match)
    {
        var wait = TimeSpan.FromSeconds(30);
        using var cts = new CancellationTokenSource(wait);
        var seen = new List<GroupRulePass>();
        try
        {
            while (true)
            {
                var item = await channel.Reader.ReadAsync(cts.Token);
                if (match(item)) return item;
                seen.Add(item);
            }
        }
        catch (ChannelClosedException e) when (e.InnerException is { } failure)
        {
            throw failure;
        }
        catch (OperationCanceledException) when (cts.IsCancellationRequested)
        {
            throw new TimeoutException($"No matching group pass within {wait.TotalSeconds} s and no pass failed; passes seen: [{string.Join("; ", seen)}]");
        }
    }

    public static async Task<string[]> RolesOfAsync(this HttpClient admin, Guid user) =>
        [.. (await admin.GetJsonAsync($"/api/v1/users/{user}")).GetProperty("roles").EnumerateArray()
            .Select(r => r.ValueKind == JsonValueKind.String ? r.GetString()! : r.GetProperty("name").GetString()!)];

    public static async Task<string[]> TagsOfAsync(this HttpClient admin, Guid user) =>
        [.. (await admin.GetJsonAsync($"/api/v1/users/{user}")).GetProperty("tags").EnumerateArray().Select(t => t.GetString()!)];

    /// <summary>Records a gateway session as analytics stores it (opened and closed events), for minutes-online conditions.</summary>
    public static async Task RecordSessionAsync(this ILiveApp app, Guid user, DateTime opened, DateTime closed)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GatehouseDb>();
        var session = Guid.NewGuid().ToString("N");
        await db.WriteAsync(_ =>
        {
            foreach (var (type, at) in new[] { (ServerEventTypes.SessionOpened, opened), (ServerEventTypes.SessionClosed, closed) })
                db.Add(new RawEvent
                {
                    Id = Guid.CreateVersion7(),
                    Type = type,
                    Source = EventSources.Server,
                    UserId = user,
                    SessionId = session,
                    OccurredAt = at,
                    ReceivedAt = at,
                    Role = "unknown",
                    Region = "unknown",
                    Device = "web",
                    Version = "unknown",
                });
            return Task.FromResult(0);
        }, CancellationToken.None);
    }
}
