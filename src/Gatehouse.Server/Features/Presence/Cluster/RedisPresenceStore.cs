using System.Text.Json;
using Gatehouse.Server.Features.Presence.Model;
using Gatehouse.Server.Infrastructure;
using Gatehouse.Server.Infrastructure.Cluster;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Gatehouse.Server.Features.Presence.Cluster;

/// <summary>
/// The Redis side of the shared presence registry. Per member one hash holds each node's view
/// (field <c>n:&lt;node&gt;</c>), the member's version (<c>v</c>) and their last offline view
/// (<c>off</c>). One Lua script writes a node's view and bumps the version atomically
/// (<c>max(v + 1, floor + 1)</c>, the same hybrid clock as one node), so versions grow across
/// nodes and the script's answer (every view at that version) is what the new version means.
/// Each node renews a heartbeat key with a TTL; survivors remove the views of a node whose key expired.
/// </summary>
public sealed class RedisPresenceStore(IConnectionMultiplexer redis, IOptions<ClusterOptions> options)
{
    private const string PutScript = """
        local prev = tonumber(redis.call('HGET', KEYS[1], 'v') or '0')
        local v = prev + 1
        local floor = tonumber(ARGV[3]) + 1
        if floor > v then v = floor end
        redis.call('HSET', KEYS[1], 'v', string.format('%.0f', v))
        if ARGV[2] == '' then
          redis.call('HDEL', KEYS[1], 'n:' .. ARGV[1])
          redis.call('SREM', KEYS[2], ARGV[4])
          if ARGV[5] ~= '' then redis.call('HSET', KEYS[1], 'off', ARGV[5]) end
        else
          redis.call('HSET', KEYS[1], 'n:' .. ARGV[1], ARGV[2])
          redis.call('SADD', KEYS[2], ARGV[4])
        end
        local all = redis.call('HGETALL', KEYS[1])
        local live = false
        for i = 1, #all, 2 do
          if string.sub(all[i], 1, 2) == 'n:' then live = true end
        end
        if live then
          redis.call('SADD', KEYS[3], ARGV[4])
          redis.call('PERSIST', KEYS[1])
        else
          redis.call('SREM', KEYS[3], ARGV[4])
          redis.call('EXPIRE', KEYS[1], 86400)
        end
        return all
        """;

    private readonly ClusterOptions _options = options.Value;
    private IDatabase Db => redis.GetDatabase();

    public string NodeId => _options.NodeId;
    public RedisChannel ChangesChannel => RedisChannel.Literal($"{_options.KeyPrefix}:presence:changes");
    public RedisChannel CommandsChannel => RedisChannel.Literal($"{_options.KeyPrefix}:presence:commands");
    private RedisKey MemberKey(Guid userId) => $"{_options.KeyPrefix}:presence:{userId:N}";
    private RedisKey LiveMembersKey => $"{_options.KeyPrefix}:presence:live";
    private RedisKey NodesKey => $"{_options.KeyPrefix}:nodes";
    private RedisKey HeartbeatKey(string node) => $"{_options.KeyPrefix}:node:{node}";
    private RedisKey NodeMembersKey(string node) => $"{_options.KeyPrefix}:node:{node}:members";

    /// <summary>Writes (or, with a null view, removes) a node's view of a member and returns the member's merged presence at the new version.</summary>
    public async Task<MergedPresence> PutAsync(string node, Guid userId, NodeView? view, PresenceUpdate? offline, long floor)
    {
        var result = (RedisResult[])(await Db.ScriptEvaluateAsync(PutScript,
            [MemberKey(userId), NodeMembersKey(node), LiveMembersKey],
            [node, view is null ? "" : Serialize(view), floor, userId.ToString(), offline is null ? "" : Serialize(offline)]))!;
        return Merge(userId, Pairs(result));
    }

    /// <summary>The merged presence of members some node holds live (for a node that starts or comes back).</summary>
    public async Task<IReadOnlyList<MergedPresence>> LoadLiveAsync()
    {
        var members = await Db.SetMembersAsync(LiveMembersKey);
        var merged = new List<MergedPresence>(members.Length);
        foreach (var chunk in members.Chunk(256))
        {
            var batch = Db.CreateBatch();
            var reads = chunk.Select(m => (Id: Guid.Parse(m.ToString()), Read: batch.HashGetAllAsync(MemberKey(Guid.Parse(m.ToString()))))).ToList();
            batch.Execute();
            foreach (var (id, read) in reads)
            {
                var entries = await read;
                if (entries.Length > 0) merged.Add(Merge(id, entries.Select(e => (e.Name.ToString(), e.Value.ToString()))));
            }
        }
        return merged;
    }

    /// <summary>Renews this node's heartbeat; true when the node was not registered (first beat, or survivors took it for dead).</summary>
    public async Task<bool> HeartbeatAsync()
    {
        await Db.StringSetAsync(HeartbeatKey(NodeId), DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(), _options.HeartbeatTtl);
        return await Db.SetAddAsync(NodesKey, NodeId);
    }

    /// <summary>Nodes registered whose heartbeat key has expired.</summary>
    public async Task<IReadOnlyList<string>> DeadNodesAsync()
    {
        var dead = new List<string>();
        foreach (var node in await Db.SetMembersAsync(NodesKey))
            if (node.ToString() != NodeId && !await Db.KeyExistsAsync(HeartbeatKey(node.ToString()))) dead.Add(node.ToString());
        return dead;
    }

    public async Task<IReadOnlyList<Guid>> MembersOfAsync(string node) =>
        [.. (await Db.SetMembersAsync(NodeMembersKey(node))).Select(m => Guid.Parse(m.ToString()))];

    /// <summary>Forgets a node once its members' views are gone.</summary>
    public async Task ForgetNodeAsync(string node)
    {
        await Db.KeyDeleteAsync(NodeMembersKey(node));
        await Db.SetRemoveAsync(NodesKey, node);
    }

    public Task PublishAsync(RedisChannel channel, object message) =>
        redis.GetSubscriber().PublishAsync(channel, JsonSerializer.Serialize(message, message.GetType(), GatehouseJson.Options));

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, GatehouseJson.Options);

    private static IEnumerable<(string Name, string Value)> Pairs(RedisResult[] flat)
    {
        for (var i = 0; i + 1 < flat.Length; i += 2) yield return (flat[i].ToString(), flat[i + 1].ToString());
    }

    private static MergedPresence Merge(Guid userId, IEnumerable<(string Name, string Value)> fields)
    {
        long version = 0;
        PresenceUpdate? offline = null;
        var views = new List<NodeView>();
        foreach (var (name, value) in fields)
        {
            if (name == "v") version = long.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
            else if (name == "off") offline = JsonSerializer.Deserialize<PresenceUpdate>(value, GatehouseJson.Options);
            else if (name.StartsWith("n:", StringComparison.Ordinal)) views.Add(JsonSerializer.Deserialize<NodeView>(value, GatehouseJson.Options)!);
        }
        var full = PresenceMerge.MergeFull(userId, views, offline, version);
        var sortKey = views.Select(v => v.SortKey).FirstOrDefault() ?? "";
        return new MergedPresence(userId, sortKey, full, PresenceMerge.MergePublic(full, views, offline));
    }
}
