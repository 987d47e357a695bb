using Gatehouse.Server.Features.Audit;
using Gatehouse.Server.Features.Audit.Sealing;
using Gatehouse.Server.Features.Auth.Credentials;
using Gatehouse.Server.Features.Users;
using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure.Events;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gatehouse.Tests.Features.Imports;

/// <summary>
/// A commit's new rows (member, role link, credentials, audit entry and subject key, outbox event) are inserted from
/// their values without change tracking (<see cref="GatehouseDb.InsertDirectly"/>): every table must hold what EF's
/// own save stores for the same member, column for column, the audit chain must verify, and a batch must stay atomic.
/// </summary>
public abstract class ImportDirectWriteTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp
{
    private static readonly DateTime At = new(2026, 5, 4, 3, 2, 1, 123, DateTimeKind.Utc);

    [Fact]
    public async Task Rows_inserted_directly_are_stored_exactly_as_EF_stores_them()
    {
        var p = Api.Unique("dw");
        // One member is a handful of rows, below AddedRowsWriter.Threshold: handed to EF's own save. Forty are inserted directly.
        var byEf = Assert.Single(await WriteAsync(p + "e", 1));
        var direct = await WriteAsync(p + "d", 40);

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GatehouseDb>();
        var other = direct[17];
        StoredRows.AssertSame(await StoredRows.OneAsync<User>(db, u => u.Id, byEf), await StoredRows.OneAsync<User>(db, u => u.Id, other),
            "Id", "Username", "UsernameNormalized", "Email", "EmailNormalized", "SearchText", "UpdatedAt");
        StoredRows.AssertSame(await StoredRows.OneAsync<UserRole>(db, r => r.UserId, byEf), await StoredRows.OneAsync<UserRole>(db, r => r.UserId, other),
            "UserId", "AssignedAt");
        StoredRows.AssertSame(await StoredRows.OneAsync<MemberCredential>(db, c => c.UserId, byEf), await StoredRows.OneAsync<MemberCredential>(db, c => c.UserId, other),
            "UserId", "PasswordResetHash", "PasswordResetExpiresAt");
        StoredRows.AssertSame(await StoredRows.OneAsync<AuditSubjectKey>(db, k => k.SubjectId, byEf), await StoredRows.OneAsync<AuditSubjectKey>(db, k => k.SubjectId, other),
            "SubjectId", "WrappedKey", "CreatedAt");
        StoredRows.AssertSame(await StoredRows.OneAsync<AuditEntry>(db, e => e.TargetId, byEf.ToString()), await StoredRows.OneAsync<AuditEntry>(db, e => e.TargetId, other.ToString()),
            "Id", "Seq", "Timestamp", "TargetId", "Payload", "PrevHash", "Hash", "Signature");
        StoredRows.AssertSame(await StoredRows.OneAsync<OutboxMessage>(db, m => m.AggregateId, byEf.ToString()), await StoredRows.OneAsync<OutboxMessage>(db, m => m.AggregateId, other.ToString()),
            "Sequence", "Id", "AggregateId", "OccurredAt", "Payload");

        // Read back through EF and the API: the member, its sealed audit entry (decrypted with its own key) and an unbroken chain.
        var read = await db.Users.AsNoTracking().Include(u => u.Roles).SingleAsync(u => u.Id == other);
        Assert.Equal(["a", "b"], read.Tags);
        Assert.Equal(At, read.CreatedAt);
        Assert.Single(read.Roles);
        Assert.Equal(40, await db.Users.CountAsync(u => u.Username.StartsWith(p + "d")));
        using var owner = await app.OwnerAsync();
        var entry = Assert.Single((await owner.GetJsonAsync($"/api/v1/audit?target_id={other}&action=user.created")).GetProperty("items").EnumerateArray());
        Assert.Equal(read.Username, entry.GetProperty("payload").GetProperty("after").GetProperty("username").GetString());
        Assert.True((await owner.GetJsonAsync("/api/v1/audit/verify")).GetProperty("ok").GetBoolean());
    }

    [Fact]
    public async Task A_direct_batch_that_fails_half_way_leaves_none_of_its_rows()
    {
        var p = Api.Unique("dfail");
        // The last member's name is the first one's: the unique index refuses it after the others were inserted.
        await Assert.ThrowsAnyAsync<Exception>(() => WriteAsync(p, 40, duplicateLast: true));

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GatehouseDb>();
        Assert.Equal(0, await db.Users.CountAsync(u => u.Username.StartsWith(p)));
    }

    [Fact]
    public async Task Rows_kept_for_a_direct_insert_and_not_saved_in_the_scope_are_dropped()
    {
        var p = Api.Unique("ddrop");
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GatehouseDb>();
        using (db.InsertDirectly()) db.Insert(Member(p, 0));
        // A later save (outside the scope and its transaction) must not write what the scope left behind.
        db.Insert(Member(p, 1));
        await db.SaveChangesAsync();
        Assert.Equal([p + "1"], await db.Users.AsNoTracking().Where(u => u.Username.StartsWith(p)).Select(u => u.Username).ToListAsync());
    }

    /// <summary>New members written through the import contract in one transaction, as a commit batch writes them.</summary>
    private async Task<List<Guid>> WriteAsync(string prefix, int count, bool duplicateLast = false)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GatehouseDb>();
        var imports = scope.ServiceProvider.GetRequiredService<IMemberImports>();
        var rows = Enumerable.Range(1, count).Select(i =>
        {
            var name = duplicateLast && i == count ? $"{prefix}1" : $"{prefix}{i}";
            return (new ImportedMember(i, name, $"{prefix}{i}@example.test", "Same name", Tags: ["a", "b"], CreatedAt: At),
                new ImportRowCheck(i, ImportRowAction.Create, null, null, [], []));
        }).ToList();
        return await db.WriteAsync(async ct =>
        {
            using var direct = db.InsertDirectly();
            var written = await imports.WriteAsync(rows, ct);
            await db.SaveChangesAsync(ct);
            return written.Select(w => w.UserId).ToList();
        }, CancellationToken.None);
    }

    private static User Member(string prefix, int i) => new()
    {
        Username = $"{prefix}{i}",
        UsernameNormalized = $"{prefix}{i}",
        DisplayName = "Same name",
        Email = $"{prefix}{i}@example.test",
        EmailNormalized = $"{prefix}{i}@example.test",
        CreatedAt = At,
        UpdatedAt = At,
    };
}

public sealed class ImportDirectWriteTests_Sqlite(ImportSqliteApp app) : ImportDirectWriteTests<ImportSqliteApp>(app);

public sealed class ImportDirectWriteTests_Postgres(ImportPostgresApp app) : ImportDirectWriteTests<ImportPostgresApp>(app);
