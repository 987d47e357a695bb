using System.Net;
using System.Text.Json;
using System.Threading.Channels;
using Gatehouse.Tests.Features.Presence;
using Gatehouse.Tests.Infrastructure;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Gatehouse.Tests.Features.Imports;

/// <summary>
/// The <c>imports</c> live topic on real Kestrel: an admin following an import sees rows checked and
/// written, with an ETA, while the commit runs, and a last event once it is over.
/// </summary>
public abstract class ImportProgressLiveTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp, ILiveApp
{
    private const int Rows = 600; // six batches of 100 (see ImportLiveSettings)

    private static async Task<(HubConnection Connection, Channel<JsonElement> Events)> FollowAsync(ILiveApp app, string token)
    {
        var connection = LiveClients.Build(app, "/hubs/live", token, HttpTransportType.WebSockets);
        var events = Channel.CreateUnbounded<JsonElement>();
        connection.On<JsonElement>("events", batch =>
        {
            if (batch.GetProperty("topic").GetString() != "imports") return;
            foreach (var e in batch.GetProperty("events").EnumerateArray()) events.Writer.TryWrite(e.Clone());
        });
        await connection.StartAsync();
        return (connection, events);
    }

    private static async Task<List<JsonElement>> UntilFinishedAsync(Channel<JsonElement> events)
    {
        using var cts = new CancellationTokenSource(LiveClients.Timeout);
        var seen = new List<JsonElement>();
        while (true)
        {
            var e = await events.Reader.ReadAsync(cts.Token);
            seen.Add(e);
            if (!e.GetProperty("running").GetBoolean()) return seen;
        }
    }

    [Fact]
    public async Task A_commit_of_many_batches_pushes_rows_checked_and_written_with_an_eta_then_a_last_event()
    {
        var owner = await app.OwnerPersonAsync();
        var p = Api.Unique("live");
        var import = await owner.Client.UploadOkAsync(ImportKit.Csv(p, Rows));
        var (connection, events) = await FollowAsync(app, owner.Token);
        await using var _ = connection;

        var subscribed = await connection.InvokeAsync<JsonElement>("subscribe", "imports", new { import_id = ImportKit.Id(import) });
        var before = subscribed.GetProperty("progress");
        Assert.Equal("imports", subscribed.GetProperty("topic").GetString());
        Assert.Equal((Rows, 0, false), (before.GetProperty("rows").GetInt32(), before.GetProperty("written").GetInt32(), before.GetProperty("running").GetBoolean()));

        // The last event is sent before the commit answers; the machine's speed does not matter.
        await (await owner.Client.CommitAsync(import)).ShouldBeAsync(HttpStatusCode.OK);
        var seen = await UntilFinishedAsync(events);

        var running = seen.Where(e => e.GetProperty("running").GetBoolean()).ToList();
        Assert.All(running, e => Assert.Equal("writing", e.GetProperty("phase").GetString()));
        // Batch after batch, rows are checked, then written.
        var between = running.Where(e => e.GetProperty("written").GetInt32() is > 0 and < Rows).ToList();
        Assert.NotEmpty(between);
        Assert.All(between, e => Assert.True(e.GetProperty("validated").GetInt32() >= e.GetProperty("written").GetInt32()));
        Assert.All(between, e => Assert.Equal(JsonValueKind.Number, e.GetProperty("eta_seconds").ValueKind));
        Assert.Contains(running, e => e.GetProperty("validated").GetInt32() > e.GetProperty("written").GetInt32());
        var last = seen[^1];
        Assert.Equal((Rows, Rows, "finished"), (last.GetProperty("validated").GetInt32(), last.GetProperty("written").GetInt32(), last.GetProperty("phase").GetString()));

        // Subscribing again (a reconnect) starts from the import's state now: all written.
        var again = await connection.InvokeAsync<JsonElement>("subscribe", "imports", new { import_id = ImportKit.Id(import) });
        Assert.Equal(Rows, again.GetProperty("progress").GetProperty("written").GetInt32());
        Assert.Equal(Rows, await owner.Client.CountMembersAsync(p));
    }

    [Fact]
    public async Task A_preview_pushes_rows_checked_and_the_topic_needs_users_import_and_an_import_id()
    {
        var owner = await app.OwnerPersonAsync();
        var import = await owner.Client.UploadOkAsync(ImportKit.Csv(Api.Unique("pv"), 600));
        var (connection, events) = await FollowAsync(app, owner.Token);
        await using var _ = connection;
        await connection.InvokeAsync<JsonElement>("subscribe", "imports", new { import_id = ImportKit.Id(import) });

        await owner.Client.PreviewAsync(import, new { policy = "update" });
        var seen = await UntilFinishedAsync(events);
        Assert.Contains(seen, e => e.GetProperty("phase").GetString() == "validating" && e.GetProperty("validated").GetInt32() is > 0 and < 600);
        Assert.All(seen, e => Assert.Equal(0, e.GetProperty("written").GetInt32()));

        await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync<JsonElement>("subscribe", "imports", new { }));
        await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync<JsonElement>("subscribe", "imports", new { import_id = Guid.NewGuid() }));
        var member = await app.PersonAsync();
        var (memberConnection, _) = await FollowAsync(app, member.Token);
        await using var __ = memberConnection;
        await Assert.ThrowsAsync<HubException>(() => memberConnection.InvokeAsync<JsonElement>("subscribe", "imports", new { import_id = ImportKit.Id(import) }));
    }
}

/// <summary>
/// Every progress event is sent (no pacing), so a test sees each batch; batches of 100 rows give a
/// commit several batches without the cost of thousands of rows on a loaded CI machine.
/// </summary>
internal static class ImportLiveSettings
{
    public static Dictionary<string, string?> With(IReadOnlyDictionary<string, string?> settings) =>
        new(settings) { ["Gatehouse:Imports:ProgressInterval"] = "00:00:00", ["Gatehouse:Imports:BatchSize"] = "100" };
}

public sealed class ImportLiveSqliteApp : LiveSqliteApp
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => ImportLiveSettings.With(base.ExtraSettings);
}

public sealed class ImportLivePostgresApp : LivePostgresApp
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => ImportLiveSettings.With(base.ExtraSettings);
}

public sealed class ImportProgressLiveTests_Sqlite(ImportLiveSqliteApp app) : ImportProgressLiveTests<ImportLiveSqliteApp>(app);

public sealed class ImportProgressLiveTests_Postgres(ImportLivePostgresApp app) : ImportProgressLiveTests<ImportLivePostgresApp>(app);
