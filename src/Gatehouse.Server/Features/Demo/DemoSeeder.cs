using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Demo;

/// <summary>
/// Fills an empty community with demo members once (tagged <c>demo</c>), and creates an owner
/// when none exists, so the panel has something to show at first start.
/// </summary>
public sealed class DemoSeeder(GatehouseDb db, IMemberSeeding members, PasswordHasher hasher, IAuditLog audit, IOptions<DemoOptions> options, TimeProvider time,
    ILogger<DemoSeeder> log)
{
    /// <summary>Every demo member signs in with this password (demo only: one hash shared by all, to seed thousands quickly).</summary>
    public const string MemberPassword = "Demo-Member-2026";

    public async Task SeedAsync(CancellationToken ct)
    {
        var o = options.Value;
        log.LogWarning("DEMO MODE: sign in to the panel as {Email} / {Password}; demo members sign in (e.g. on /sdk/example/) with their e-mail and {MemberPassword}",
            o.OwnerEmail, o.OwnerPassword, MemberPassword);

        var existing = await members.CountTaggedAsync(DemoCommunity.Tag, ct);
        if (existing >= o.Members) return;

        var roles = await RoleDirectory.LoadAsync(db, ct);
        var passwordHash = hasher.Hash(MemberPassword);
        var now = time.GetUtcNow().UtcDateTime;
        var random = new Random(42);
        for (var start = existing; start < o.Members; start += 500)
        {
            var end = Math.Min(o.Members, start + 500);
            await db.WriteAsync(c =>
            {
                for (var i = start; i < end; i++)
                {
                    var (username, display) = DemoCommunity.NameFor(i);
                    var role = roles.Resolve(DemoCommunity.RoleFor(i)) ?? roles.NewMemberRole!;
                    var created = now.AddMinutes(-random.Next(1, 60 * 24 * 365));
                    var email = $"{username}@demo.gatehouse";
                    members.Add(new SeededMember(
                        username, display, email,
                        // Drawn from the display name, so "Sam Pixel" reads SP (the username is pixel.sam-like).
                        DemoAvatars.UrlFor(display),
                        passwordHash, UserStatuses.Online,
                        [DemoCommunity.Tag, .. DemoCommunity.Tags.Where((_, t) => random.Next(4) == 0 && t < 7).Take(2)],
                        created,
                        random.Next(3) == 0 ? null : now.AddMinutes(-random.Next(5, 60 * 24 * 30)),
                        role.Id));
                }
                return Task.FromResult(true);
            }, ct);
            db.ChangeTracker.Clear();
        }
        await audit.RecordAloneAsync(new AuditRecord("demo.seeded", "community", null, new { members = o.Members - existing }), ct);
        log.LogInformation("Demo: created {Count} members", o.Members - existing);
    }
}
