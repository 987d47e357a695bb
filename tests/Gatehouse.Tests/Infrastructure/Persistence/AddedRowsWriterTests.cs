using Gatehouse.Server.Features.Users;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gatehouse.Tests.Infrastructure.Persistence;

public sealed class AddedRowsWriterSqliteTests(SqliteApp app) : AddedRowsWriterTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class AddedRowsWriterPostgresTests(PostgresApp app) : AddedRowsWriterTests<PostgresApp>(app), IClassFixture<PostgresApp>;

/// <summary>
/// A bulk of added rows goes through prepared inserts instead of EF's save: the rows must be the ones
/// EF writes, column for column (dates, lists as JSON, Guids, nulls), and the save must stay atomic.
/// </summary>
public abstract class AddedRowsWriterTests<TApp>(TApp app) where TApp : GatehouseApp
{
    private static readonly DateTime At = new(2026, 5, 4, 3, 2, 1, 123, DateTimeKind.Utc);

    [Fact]
    public async Task Rows_written_in_bulk_are_stored_exactly_as_EF_stores_a_single_row()
    {
        var prefix = Api.Unique("bulk");
        // One member through EF's own save (below the threshold), then a bulk of them in one save.
        await SaveAsync([Member(prefix, 0)]);
        var role = await AnyRoleAsync();
        var bulkMembers = Enumerable.Range(1, AddedRowsWriter.Threshold + 10).Select(i => Member(prefix, i)).ToList();
        foreach (var m in bulkMembers) m.Roles = [new UserRole { RoleId = role, AssignedAt = At }];
        await SaveAsync(bulkMembers);

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GatehouseDb>();
        StoredRows.AssertSame(await StoredRows.OneAsync<User>(db, u => u.Username, $"{prefix}-0"), await StoredRows.OneAsync<User>(db, u => u.Username, $"{prefix}-7"),
            "Id", "Username", "UsernameNormalized", "Email", "EmailNormalized", "SearchText");

        var read = await db.Users.AsNoTracking().Include(u => u.Roles).SingleAsync(u => u.Username == $"{prefix}-7");
        Assert.Equal(["a", "b"], read.Tags);
        Assert.Equal(At, read.CreatedAt);
        Assert.Equal(DateTimeKind.Utc, read.CreatedAt.Kind);
        Assert.Null(read.AvatarUrl);
        // Keys are stored as EF stores them (on SQLite, Guids as upper-case text): found by key, and joined through a link row.
        var seventh = bulkMembers[6];
        Assert.Equal($"{prefix}-7", (await db.Users.AsNoTracking().SingleAsync(u => u.Id == seventh.Id)).Username);
        Assert.Equal([role], await db.Set<UserRole>().AsNoTracking().Where(r => r.UserId == seventh.Id).Select(r => r.RoleId).ToListAsync());
        Assert.Equal(1, await db.Users.CountAsync(u => u.Id == seventh.Id && u.Roles.Any(r => r.RoleId == role)));
        Assert.Equal(AddedRowsWriter.Threshold + 10, await db.Users.CountAsync(u => u.Username.StartsWith(prefix + "-") && u.Username != $"{prefix}-0"));
    }

    [Fact]
    public async Task A_bulk_save_that_fails_half_way_leaves_none_of_its_rows()
    {
        var prefix = Api.Unique("bulkfail");
        var members = Enumerable.Range(0, AddedRowsWriter.Threshold + 10).Select(i => Member(prefix, i)).ToList();
        members[^1].UsernameNormalized = members[0].UsernameNormalized; // a unique index refuses the last row

        await Assert.ThrowsAnyAsync<Exception>(() => SaveAsync(members));

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GatehouseDb>();
        Assert.Equal(0, await db.Users.CountAsync(u => u.Username.StartsWith(prefix)));
    }

    private static User Member(string prefix, int i) => TestMembers.New(prefix, i, At);

    private async Task<Guid> AnyRoleAsync()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GatehouseDb>();
        return await db.Set<Gatehouse.Server.Features.Roles.Role>().AsNoTracking().Select(r => r.Id).FirstAsync();
    }

    private Task SaveAsync(IReadOnlyList<User> members) => TestMembers.SaveAsync(app, members);
}
