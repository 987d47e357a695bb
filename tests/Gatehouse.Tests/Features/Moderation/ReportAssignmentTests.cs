using System.Net;
using System.Net.Http.Json;
using Gatehouse.Tests.Features.Presence;
using Gatehouse.Tests.Infrastructure;

namespace Gatehouse.Tests.Features.Moderation;

/// <summary>New reports go to a moderator who is online or idle right now, the least loaded first; never to dnd or offline ones.</summary>
public abstract class ReportAssignmentTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp, ILiveApp
{
    [Fact]
    public async Task Reports_go_to_online_moderators_with_the_fewest_open_reports_and_wait_when_none_is_online()
    {
        var reporter = await app.PersonAsync();
        var busy = await app.PersonAsync("moderator");
        var first = await app.PersonAsync("moderator");
        var second = await app.PersonAsync("moderator");
        var bystander = await app.PersonAsync();
        async Task<Guid?> FileAsync()
        {
            var target = await app.PersonAsync();
            var r = await (await reporter.Client.PostAsJsonAsync("/api/v1/reports", new { target_id = target.Id, category = "spam" })).ShouldBeAsync(HttpStatusCode.Created);
            return r.GetProperty("assignee_id").ValueKind == System.Text.Json.JsonValueKind.Null ? null : r.GetProperty("assignee_id").GetGuid();
        }

        await using var dnd = await GatewayClient.ConnectAsync(app, busy.Token);
        await dnd.SetStatusAsync("dnd");
        await using var member = await GatewayClient.ConnectAsync(app, bystander.Token);
        Assert.Null(await FileAsync()); // a dnd moderator and an online member without reports.manage: nobody to take it

        await using var online = await GatewayClient.ConnectAsync(app, first.Token);
        Assert.Equal(first.Id, await FileAsync());

        await using var idleLater = await GatewayClient.ConnectAsync(app, second.Token);
        Assert.Equal(second.Id, await FileAsync()); // first already holds one
        var queue = await first.Client.GetJsonAsync("/api/v1/reports?assignee=me");
        Assert.Equal(1, queue.GetProperty("items").GetArrayLength());
        Assert.Equal(1, (await first.Client.GetJsonAsync("/api/v1/reports?assignee=none")).GetProperty("items").GetArrayLength());
    }
}

public sealed class ReportAssignmentTests_Sqlite(ModerationSqliteApp app) : ReportAssignmentTests<ModerationSqliteApp>(app);

public sealed class ReportAssignmentTests_Postgres(ModerationPostgresApp app) : ReportAssignmentTests<ModerationPostgresApp>(app);
