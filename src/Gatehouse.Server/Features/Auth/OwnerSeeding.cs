using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Auth;

/// <summary>Start-up: the owner account from configuration, or the one-time set-up link; then the token signing keys.</summary>
public static class OwnerSeeding
{
    public static async Task SeedAsync(IServiceProvider sp, CancellationToken ct)
    {
        var db = sp.GetRequiredService<GatehouseDb>();
        var log = sp.GetRequiredService<ILoggerFactory>().CreateLogger("Gatehouse.Startup");

        var owners = sp.GetRequiredService<IOwnerAccount>();
        if (!await owners.ExistsAsync(ct))
        {
            var owner = sp.GetRequiredService<IOptions<GatehouseOptions>>().Value.Owner;
            if (!string.IsNullOrWhiteSpace(owner.Email) && !string.IsNullOrEmpty(owner.Password))
            {
                var hasher = sp.GetRequiredService<PasswordHasher>();
                var audit = sp.GetRequiredService<IAuditLog>();
                if (!PasswordPolicy.IsStrongEnough(owner.Password, owner.Username, owner.Email))
                    log.LogWarning("Gatehouse:Owner:Password does not meet the password policy; change it after signing in");
                await db.WriteAsync(async c =>
                {
                    var id = await owners.CreateAsync(owner.Username, owner.Email, null, hasher.Hash(owner.Password), c);
                    audit.Record(new AuditRecord("setup.completed", "user", id.ToString(), new { username = owner.Username.Trim(), source = "configuration" }, ActorUserId: id));
                    return id;
                }, ct);
                log.LogInformation("Created the owner account {Email} from configuration", owner.Email);
            }
            else
            {
                var token = sp.GetRequiredService<SetupState>().Issue();
                var lifetime = sp.GetRequiredService<IHostApplicationLifetime>();
                var server = sp.GetRequiredService<IServer>();
                lifetime.ApplicationStarted.Register(() =>
                {
                    var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://localhost:5000";
                    log.LogWarning("Gatehouse has no owner yet. Open this one-time set-up link to create it: {Url}",
                        $"{address.Replace("0.0.0.0", "localhost", StringComparison.Ordinal).Replace("[::]", "localhost", StringComparison.Ordinal)}/setup?token={token}");
                });
            }
        }

        await sp.GetRequiredService<SigningKeyStore>().EnsureCurrentAsync(ct);
    }
}
