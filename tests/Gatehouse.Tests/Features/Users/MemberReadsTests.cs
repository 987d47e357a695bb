using System.Collections;
using Gatehouse.Server.Features.Users;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Tests.Infrastructure;
using Gatehouse.Tests.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gatehouse.Tests.Features.Users;

public sealed class MemberReadsSqliteTests(SqliteApp app) : MemberReadsTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MemberReadsPostgresTests(PostgresApp app) : MemberReadsTests<PostgresApp>(app), IClassFixture<PostgresApp>;

/// <summary>
/// The hot member reads bypass EF's query pipeline but must read what EF reads: every property of every member, with
/// its roles, whatever the column's type (text and nulls, instants and their kind, lists, flags, keys), on both providers.
/// A property added to the model without a column the reader knows fails here.
/// </summary>
public abstract class MemberReadsTests<TApp>(TApp app) where TApp : GatehouseApp
{
    private static readonly DateTime At = new(2026, 5, 4, 3, 2, 1, 123, DateTimeKind.Utc);

    [Fact]
    public async Task Members_read_by_id_are_the_members_EF_reads_property_for_property()
    {
        var prefix = Api.Unique("reads");
        var roles = await RolesAsync();
        var full = Member(prefix, 1);
        (full.AvatarUrl, full.ExternalSource, full.ExternalId, full.StatusMessage, full.ActivityName) = ("https://a.test/1.png", "site", "x-1", "busy", "Chess");
        (full.StatusExpiresAt, full.LastSeenAt, full.BannedUntil, full.DeletedAt, full.LeftAt) = (At.AddHours(1), At.AddMinutes(5), At.AddDays(2), At.AddDays(3), At.AddDays(4));
        (full.IsBanned, full.IsDisabled, full.DisabledReason, full.JoinedViaInvite, full.Version) = (true, true, "spam", "inv-1", 7);
        (full.Tags, full.AllowOverrides, full.DenyOverrides) = (["vip", "beta"], ["users.read"], ["users.write", "roles.read"]);
        full.Roles = [.. roles.Select((r, i) => new UserRole { RoleId = r, AssignedAt = At.AddSeconds(i) })];
        var bare = Member(prefix, 2);
        bare.Tags = []; // nulls, empty lists, no roles
        await SaveAsync([full, bare]);

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GatehouseDb>();
        var read = await MemberReads.FindManyAsync(db, [full.Id, bare.Id, Guid.NewGuid()], CancellationToken.None);
        var byEf = await db.Users.AsNoTracking().Include(u => u.Roles).Where(u => u.Id == full.Id || u.Id == bare.Id).ToDictionaryAsync(u => u.Id);

        Assert.Equal(2, read.Count); // the unknown id is left out
        foreach (var id in byEf.Keys) AssertSameMember(byEf[id], read[id]);
        Assert.Equal(roles.Count, read[full.Id].Roles.Count);
        Assert.Equal(DateTimeKind.Utc, read[full.Id].LastSeenAt!.Value.Kind);
        Assert.Null(read[bare.Id].LastSeenAt);
        AssertSameMember(byEf[full.Id], (await MemberReads.FindAsync(db, full.Id, CancellationToken.None))!);
        Assert.Null(await MemberReads.FindAsync(db, Guid.NewGuid(), CancellationToken.None));
    }

    [Fact]
    public async Task Ids_beyond_one_statement_are_read_in_several_with_their_roles()
    {
        var prefix = Api.Unique("many");
        var roles = await RolesAsync();
        var members = Enumerable.Range(0, 3).Select(i => Member(prefix, i)).ToList();
        // Each member holds a different set of roles, so a role read in the wrong chunk's command would show.
        for (var i = 0; i < members.Count; i++)
            members[i].Roles = [.. roles.Take(i).Select(r => new UserRole { RoleId = r, AssignedAt = At })];
        await SaveAsync(members);
        // 1,500 ids, the known ones in the first, second and third statement's share.
        var ids = Enumerable.Range(0, 1500).Select(_ => Guid.NewGuid()).ToList();
        (ids[10], ids[700], ids[1499]) = (members[0].Id, members[1].Id, members[2].Id);

        await using var scope = app.Services.CreateAsyncScope();
        var read = await MemberReads.FindManyAsync(scope.ServiceProvider.GetRequiredService<GatehouseDb>(), ids, CancellationToken.None);

        Assert.Equal(members.Select(m => m.Id).Order(), read.Keys.Order());
        foreach (var m in members) Assert.Equal(m.Roles.Select(r => r.RoleId).Order(), read[m.Id].Roles.Select(r => r.RoleId).Order());
    }

    /// <summary>Every public property with a setter, compared by value (lists element by element, instants with their kind).</summary>
    private static void AssertSameMember(User expected, User actual)
    {
        foreach (var property in typeof(User).GetProperties().Where(p => p.CanWrite && p.Name != nameof(User.Roles)))
        {
            var (e, a) = (property.GetValue(expected), property.GetValue(actual));
            if (e is IList list) Assert.Equal(list.Cast<object>(), ((IList)a!).Cast<object>());
            else Assert.True(Equals(e, a), $"{property.Name}: EF read {e}, MemberReads read {a}");
            if (e is DateTime instant) Assert.Equal(instant.Kind, ((DateTime)a!).Kind);
        }
        Assert.Equal(expected.Roles.Select(r => (r.RoleId, r.AssignedAt)).Order(), actual.Roles.Select(r => (r.RoleId, r.AssignedAt)).Order());
        Assert.All(actual.Roles, r => Assert.Equal(actual.Id, r.UserId));
    }

    private static User Member(string prefix, int i) => TestMembers.New(prefix, i, At);

    private async Task<List<Guid>> RolesAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GatehouseDb>();
        return await db.Set<Gatehouse.Server.Features.Roles.Role>().AsNoTracking().Select(r => r.Id).Take(2).ToListAsync();
    }

    private Task SaveAsync(IReadOnlyList<User> members) => TestMembers.SaveAsync(app, members);
}
