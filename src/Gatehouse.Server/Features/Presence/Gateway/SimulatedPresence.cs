using Gatehouse.Server.Features.Presence.Contracts;
using Gatehouse.Server.Features.Presence.Model;
using Gatehouse.Server.Features.Presence.Registry;

namespace Gatehouse.Server.Features.Presence.Gateway;

/// <summary>Sessions without a connection behind them, for the demo community: they go through the registry like real ones.</summary>
public sealed class SimulatedPresence(IServiceScopeFactory scopes, IPresenceRegistry registry, TimeProvider time) : ISimulatedPresence
{
    public async Task<SimulatedSession?> ConnectAsync(Guid userId, string platform, CancellationToken ct)
    {
        if (!ClientPlatforms.TryParse(platform, out var p)) throw new ArgumentException($"Unknown platform '{platform}'.", nameof(platform));
        var session = new GatewaySession($"demo-{Guid.NewGuid():N}", userId, p, time.GetUtcNow().ToUnixTimeMilliseconds());
        PresenceSeed? seed = null;
        if (!registry.IsTracked(userId))
        {
            using var scope = scopes.CreateScope();
            seed = await scope.ServiceProvider.GetRequiredService<PresenceSeedLoader>().LoadAsync(userId, ct);
            if (seed is null) return null;
        }
        return await registry.ConnectAsync(session, seed, ct) is null ? null : new SimulatedSession(session);
    }

    public async Task DisconnectAsync(SimulatedSession session, CancellationToken ct) => await registry.DisconnectAsync(session.Session, ct);

    public async Task InteractAsync(SimulatedSession session, CancellationToken ct) => await registry.RecordActivityAsync(session.Session, ct);

    public async Task SetStatusAsync(Guid userId, string status, string? message, CancellationToken ct)
    {
        if (!ChosenStatuses.TryParse(status, out var chosen)) throw new ArgumentException($"Unknown status '{status}'.", nameof(status));
        await registry.SetStatusAsync(userId, chosen, message, null, ct);
    }

    public async Task SetActivityAsync(Guid userId, string? name, string? type, CancellationToken ct) =>
        await registry.SetActivityAsync(userId, name is null ? null : new PresenceActivity(name, type ?? "playing"), ct);
}
