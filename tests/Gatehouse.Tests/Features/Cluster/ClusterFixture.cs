using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Gatehouse.Server.Infrastructure;
using Gatehouse.Tests.Infrastructure;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Gatehouse.Tests.Features.Cluster;

/// <summary>
/// Two real Gatehouse nodes in cluster mode on one PostgreSQL database and the run's Redis, behind
/// the run's nginx (started by the test command with docs/cluster/nginx-gatehouse.conf as it stands).
/// Shared by every cluster test: starting processes costs seconds, so they start once.
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    private readonly string _database = "gh_cluster_" + Guid.NewGuid().ToString("N")[..12];
    private readonly int[] _ports;

    public ClusterFixture()
    {
        Nginx = new Uri(Required("GATEHOUSE_TEST_NGINX"));
        _ports = [.. Required("GATEHOUSE_TEST_CLUSTER_NODE_PORTS").Split(',').Select(p => int.Parse(p, System.Globalization.CultureInfo.InvariantCulture))];
        Redis = Required("GATEHOUSE_TEST_REDIS");
        KeyPrefix = "gh-test-" + Guid.NewGuid().ToString("N")[..8];
    }

    public Uri Nginx { get; }
    public string Redis { get; }
    public string KeyPrefix { get; }
    public GatehouseNodeProcess[] Nodes { get; } = new GatehouseNodeProcess[2];
    public string AuditKey { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    public string Postgres => new NpgsqlConnectionStringBuilder(PostgresApp.AdminConnectionString) { Database = _database }.ConnectionString;

    public Dictionary<string, string> Settings(string redis)
    {
        var settings = GatehouseNodeProcess.Settings(Postgres, redis, AuditKey);
        settings["Gatehouse__Cluster__KeyPrefix"] = KeyPrefix;
        return settings;
    }

    public async Task InitializeAsync()
    {
        await using (var conn = new NpgsqlConnection(PostgresApp.AdminConnectionString))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{_database}\"", conn);
            await cmd.ExecuteNonQueryAsync();
        }
        // One after the other: the first node migrates and seeds the database.
        for (var i = 0; i < Nodes.Length; i++) Nodes[i] = await GatehouseNodeProcess.StartAsync($"node-{i}", _ports[i], Settings(Redis));
    }

    /// <summary>Starts a killed node again on its port (the nginx upstream).</summary>
    public async Task RestartAsync(int index)
    {
        await Nodes[index].DisposeAsync();
        Nodes[index] = await GatehouseNodeProcess.StartAsync($"node-{index}-again-{Guid.NewGuid().ToString("N")[..4]}", _ports[index], Settings(Redis));
    }

    /// <summary>Which node nginx sends this test's requests to (sticky by client address).</summary>
    public async Task<int> NginxTargetAsync()
    {
        using var http = new HttpClient();
        var ready = await http.GetFromJsonAsync<JsonElement>(new Uri(Nginx, "/readyz"));
        var node = ready.GetProperty("node").GetString();
        return Array.FindIndex(Nodes, n => n.NodeId == node);
    }

    public async Task DisposeAsync()
    {
        foreach (var node in Nodes) if (node is not null) await node.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await TestDatabases.DropAsync(_database);
    }

    public static async Task<string> TokenAsync(Uri server, string email, string password)
    {
        using var http = new HttpClient { BaseAddress = server };
        var response = await http.PostAsJsonAsync("/api/v1/auth/login", new { email, password, refresh_in_body = true });
        var body = await response.ShouldBeAsync(System.Net.HttpStatusCode.OK);
        return body.GetProperty("access_token").GetString()!;
    }

    public static HttpClient Client(Uri server, string token) =>
        new() { BaseAddress = server, DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", token) } };

    /// <summary>A member created by the owner; returns their id and a token.</summary>
    public async Task<(Guid Id, string Token)> MemberAsync(Uri server)
    {
        using var owner = Client(server, await TokenAsync(server, GatehouseApp.OwnerEmail, GatehouseApp.OwnerPassword));
        var user = await owner.CreateUserAsync(Api.Unique("cm"));
        return (user.GetProperty("id").GetGuid(), await TokenAsync(server, user.GetProperty("email").GetString()!, Api.MemberPassword));
    }

    public static HubConnection Hub(Uri server, string path, string token, bool reconnect = false)
    {
        var builder = new HubConnectionBuilder()
            .WithUrl(new Uri(server, path), HttpTransportType.WebSockets, o => o.AccessTokenProvider = () => Task.FromResult<string?>(token))
            .AddJsonProtocol(o => GatehouseJson.Configure(o.PayloadSerializerOptions));
        // Reconnect at once, then quickly: the test plays a crash and wants the client back without waiting.
        if (reconnect) builder.WithAutomaticReconnect([TimeSpan.Zero, TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1)]);
        return builder.Build();
    }

    private static string Required(string name) => Environment.GetEnvironmentVariable(name)
        ?? throw new InvalidOperationException($"{name} is not set: run the suite with scripts/test.sh (it starts Redis and nginx for the cluster tests).");
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "Cluster";
}
