using System.Net;
using Gatehouse.Server.Features.Audit;
using Gatehouse.Server.Features.Audit.Sealing;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gatehouse.Tests.Features.Privacy;

/// <summary>Entries written in clear before sealing existed are sealed once, the chain re-linked, and erasure then shreds them too.</summary>
public abstract class LegacyPayloadSealingTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp
{
    [Fact]
    public async Task Clear_payloads_about_members_are_sealed_and_the_chain_still_verifies_before_and_after_erasure()
    {
        using var owner = await app.OwnerAsync();
        var created = await owner.CreateUserAsync(Api.Unique("legacy"));
        var id = created.GetProperty("id").GetGuid();
        var email = created.GetProperty("email").GetString()!;
        Guid legacyId;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            // An entry as the server wrote them before sealing: clear payload, hashed and signed as it stands.
            var db = scope.ServiceProvider.GetRequiredService<GatehouseDb>();
            var last = await db.AuditEntries.OrderByDescending(e => e.Seq).FirstAsync();
            var legacy = new AuditEntry
            {
                Seq = last.Seq + 1,
                Timestamp = AuditChain.NormalizeTimestamp(DateTime.UtcNow),
                TargetType = "user",
                TargetId = id.ToString(),
                Action = "user.updated",
                Payload = $"{{\"before\":{{\"email\":\"{email}\"}},\"after\":{{}}}}",
                PrevHash = last.Hash,
            };
            legacy.Hash = AuditChain.ComputeHash(legacy);
            legacy.Signature = AuditChain.Sign(legacy.Hash, app.Services.GetRequiredService<AuditKey>().Value);
            db.AuditEntries.Add(legacy);
            await db.SaveChangesAsync();
            legacyId = legacy.Id;
            Assert.Contains(await PersonalValueScan.FindAsync(app.Services, [email]), f => f.StartsWith("audit_entries.", StringComparison.Ordinal));

            Assert.Equal(1, await app.Services.GetRequiredService<LegacyPayloadSealing>().RunAsync(db, default));
            Assert.Equal(0, await app.Services.GetRequiredService<LegacyPayloadSealing>().RunAsync(db, default));
        }

        Assert.DoesNotContain(await PersonalValueScan.FindAsync(app.Services, [email]), f => f.StartsWith("audit_entries.", StringComparison.Ordinal));
        Assert.True((await owner.GetJsonAsync("/api/v1/audit/verify")).GetProperty("ok").GetBoolean());
        var opened = await owner.GetJsonAsync($"/api/v1/audit/{legacyId}");
        Assert.Equal(email, opened.GetProperty("payload").GetProperty("before").GetProperty("email").GetString());
        Assert.Equal(1, (await owner.GetJsonAsync("/api/v1/audit?action=audit.payloads_sealed")).GetProperty("items").GetArrayLength());

        await (await owner.PostAsync($"/api/v1/users/{id}/erase", null)).ShouldBeAsync(HttpStatusCode.OK);
        Assert.True((await owner.GetJsonAsync($"/api/v1/audit/{legacyId}")).GetProperty("erased").GetBoolean());
        Assert.True((await owner.GetJsonAsync("/api/v1/audit/verify")).GetProperty("ok").GetBoolean());
    }
}

public sealed class LegacyPayloadSealingTests_Sqlite(SqliteApp app) : LegacyPayloadSealingTests<SqliteApp>(app);

public sealed class LegacyPayloadSealingTests_Postgres(PostgresApp app) : LegacyPayloadSealingTests<PostgresApp>(app);
