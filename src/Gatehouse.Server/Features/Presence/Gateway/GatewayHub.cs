using Gatehouse.Server.Features.Moderation.Contracts;
using Gatehouse.Server.Features.Presence.Contracts;
using Gatehouse.Server.Features.Presence.Model;
using Gatehouse.Server.Features.Presence.Registry;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Realtime;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Presence.Gateway;

/// <summary>
/// <c>/gateway</c>: site users report their presence. Connect with the access token and
/// <c>?platform=web|desktop|mobile</c>; the server answers <c>ready</c>, then pushes
/// <c>presence.update</c> with the user's own presence whenever it changes.
/// </summary>
/// <remarks>
/// SignalR builds the hub for every call, from a scope of its own. The services that need the database (the seed
/// loader, the sanctions) come from <paramref name="scope"/> when a call needs them, not through the constructor:
/// otherwise every status change and activity ping would rent a database context and resolve them for nothing.
/// </remarks>
public sealed class GatewayHub(
    IPresenceRegistry registry, GatewayConnections connections, IServiceProvider scope, TimeProvider time,
    IOptions<PresenceOptions> options, IEnumerable<IGatewaySessionObserver> observers) : Hub
{
    public const string Path = "/gateway";

    private PresenceSeedLoader Seeds => scope.GetRequiredService<PresenceSeedLoader>();

    private IMemberSanctions Sanctions => scope.GetRequiredService<IMemberSanctions>();

    public override async Task OnConnectedAsync()
    {
        var userId = SubjectUserIdProvider.UserIdOf(Context);
        var platformText = Context.GetHttpContext()?.Request.Query["platform"].ToString();
        if (!ClientPlatforms.TryParse(platformText, out var platform))
            throw new HubException(Messages.Get("presence.platform", string.Join(", ", ClientPlatforms.Names)));

        var ct = Context.ConnectionAborted;
        var session = new GatewaySession(Context.ConnectionId, userId, platform, time.GetUtcNow().ToUnixTimeMilliseconds());
        // Only the first session of a user costs a database read; the registry holds the rest.
        var seed = registry.IsTracked(userId) ? null : await Seeds.LoadAsync(userId, ct);
        var presence = await registry.ConnectAsync(session, seed, ct);
        if (presence is null && seed is null && await Seeds.LoadAsync(userId, ct) is { } late)
            presence = await registry.ConnectAsync(session, late, ct);
        if (presence is null)
        {
            Context.Abort(); // the account can no longer be present
            return;
        }
        connections.Add(session, Context);
        foreach (var observer in observers) observer.Opened(userId, Context.ConnectionId, ClientPlatforms.Names[(int)platform]);
        try
        {
            var o = options.Value;
            await Clients.Caller.SendAsync("ready", new GatewayReady(Context.ConnectionId, userId, ClientPlatforms.Names[(int)platform], presence,
                (long)o.HeartbeatInterval.TotalMilliseconds, (long)o.IdleAfter.TotalMilliseconds), ct);
            // A page opened (or reloaded) during a mute learns it now, not at its first refused call.
            if (await Sanctions.ActiveMuteAsync(userId, ct) is { } mute)
                await Clients.Caller.SendAsync(SanctionNotice.EventName, SanctionNotice.InForce(mute), ct);
        }
        catch
        {
            // SignalR does not call OnDisconnectedAsync when OnConnectedAsync fails, and a client that
            // leaves right after "ready" cancels the mute read above: without this the session would
            // stay listed and its member online for good.
            await ReleaseAsync(session);
            throw;
        }
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        if (connections.Find(Context.ConnectionId) is { } session) await ReleaseAsync(session);
    }

    /// <summary>The session's end: observers told, the registry's grace period started, the session unlisted.</summary>
    private async Task ReleaseAsync(GatewaySession session)
    {
        try
        {
            foreach (var observer in observers) observer.Closed(session.UserId, session.ConnectionId, ClientPlatforms.Names[(int)session.Platform]);
            await registry.DisconnectAsync(session, CancellationToken.None);
        }
        finally
        {
            // Listed until the registry has it gone: whoever sees the session unlisted (an admin's
            // session count, a test) then also sees the grace period started and last-seen set.
            // Unlisted even if an observer or the registry failed: a closed connection is never kept.
            connections.Remove(session.ConnectionId);
        }
    }

    /// <summary>The user interacted (throttled by the client to one call per heartbeat interval).</summary>
    public async Task Activity()
    {
        if (connections.Find(Context.ConnectionId) is { } session) await registry.RecordActivityAsync(session, Context.ConnectionAborted);
    }

    /// <summary>Sets the account-wide status. Pass all three arguments (null for none): SignalR binds by position.</summary>
    public async Task<PresenceUpdate> SetStatus(string status, string? message, DateTimeOffset? expiresAt)
    {
        var v = new Validator();
        var (chosen, text, expiry) = PresenceRules.CheckStatus(status, message, expiresAt, time.GetUtcNow().UtcDateTime, v);
        if (!v.IsValid) throw new HubException(PresenceRules.Describe(v));
        if (text is not null) await RefuseIfMutedAsync();
        ValueTask<PresenceUpdate?> set;
        using (GatewayEcho.Answering(Context.ConnectionId)) set = registry.SetStatusAsync(Session.UserId, chosen, text, expiry, Context.ConnectionAborted);
        return await set ?? throw Gone();
    }

    /// <summary>Sets the rich activity, or clears it with null.</summary>
    public async Task<PresenceUpdate> SetActivity(PresenceActivity? activity)
    {
        var v = new Validator();
        var checkedActivity = PresenceRules.CheckActivity(activity, time.GetUtcNow().UtcDateTime, v);
        if (!v.IsValid) throw new HubException(PresenceRules.Describe(v));
        if (checkedActivity is not null) await RefuseIfMutedAsync();
        ValueTask<PresenceUpdate?> set;
        using (GatewayEcho.Answering(Context.ConnectionId)) set = registry.SetActivityAsync(Session.UserId, checkedActivity, Context.ConnectionAborted);
        return await set ?? throw Gone();
    }

    /// <summary>A muted member keeps their presence but may not set a status message or an activity.</summary>
    private async Task RefuseIfMutedAsync()
    {
        if (await Sanctions.ActiveMuteAsync(Session.UserId, Context.ConnectionAborted) is { } mute)
            throw new HubException("muted: " + mute.Describe());
    }

    private GatewaySession Session => connections.Find(Context.ConnectionId) ?? throw Gone();

    private static HubException Gone() => new("session-ended: reconnect");
}
