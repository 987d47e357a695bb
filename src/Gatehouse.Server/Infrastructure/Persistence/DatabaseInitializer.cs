using Gatehouse.Server.Features.Audit;
using Gatehouse.Server.Features.Auth;
using Gatehouse.Server.Features.Roles;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Infrastructure.Persistence;

/// <summary>Start-up: migrate, seed the default roles, create the owner or print the set-up link, load signing keys.</summary>
public static class DatabaseInitializer
{
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<GatehouseDb>();
        var log = sp.GetRequiredService<ILoggerFactory>().CreateLogger("Gatehouse.Startup");
        var time = sp.GetRequiredService<TimeProvider>();

        await db.Database.MigrateAsync();
        if (!db.IsPostgres) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");

        if (!await db.Roles.AnyAsync())
        {
            var audit = sp.GetRequiredService<IAuditLog>();
            var now = time.GetUtcNow().UtcDateTime;
            foreach (var role in DefaultRoles.Create(now))
            {
                db.Roles.Add(role);
                RoleRules.RecordVersion(db, audit, sp.GetRequiredService<Events.IDomainEvents>(), role, null, "created", null, now);
            }
            await db.SaveChangesAsync();
            log.LogInformation("Created the default roles");
        }

        if (!await db.Users.AnyAsync(u => u.IsOwner))
        {
            var owner = sp.GetRequiredService<IOptions<GatehouseOptions>>().Value.Owner;
            if (!string.IsNullOrWhiteSpace(owner.Email) && !string.IsNullOrEmpty(owner.Password))
            {
                var hasher = sp.GetRequiredService<PasswordHasher>();
                var audit = sp.GetRequiredService<IAuditLog>();
                if (!PasswordPolicy.IsStrongEnough(owner.Password, owner.Username, owner.Email))
                    log.LogWarning("Gatehouse:Owner:Password does not meet the password policy; change it after signing in");
                await db.WriteAsync(async ct =>
                {
                    var u = await OwnerAccount.CreateAsync(db, owner.Username, owner.Email, null, hasher.Hash(owner.Password), time.GetUtcNow().UtcDateTime, ct);
                    audit.Record(new AuditRecord("setup.completed", "user", u.Id.ToString(), new { username = u.Username, source = "configuration" }, ActorUserId: u.Id));
                    return u;
                }, CancellationToken.None);
                log.LogInformation("Created the owner account {Email} from configuration", owner.Email);
            }
            else
            {
                var token = sp.GetRequiredService<SetupState>().Issue();
                app.Lifetime.ApplicationStarted.Register(() =>
                {
                    var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
                                  ?? "http://localhost:5000";
                    log.LogWarning("Gatehouse has no owner yet. Open this one-time set-up link to create it: {Url}",
                        $"{address.Replace("0.0.0.0", "localhost", StringComparison.Ordinal).Replace("[::]", "localhost", StringComparison.Ordinal)}/setup?token={token}");
                });
            }
        }

        await sp.GetRequiredService<SigningKeyStore>().EnsureCurrentAsync(CancellationToken.None);
    }
}
