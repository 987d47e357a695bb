using System.Data.Common;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Gatehouse.Server.Features.Users.Contracts;

/// <summary>
/// The presence columns of the member row (chosen status, message, activity, last seen), read and written
/// for the Presence feature by queries the Users feature owns. Presence keeps them in memory and writes them
/// back in batches; every other change of a member goes through <see cref="IMemberWrites"/>.
/// </summary>
public static class MemberPresenceColumns
{
    /// <summary>What presence starts a member's record from; null when the account cannot be present at <paramref name="at"/>.</summary>
    public static async Task<MemberPresenceSeed?> SeedAsync(GatehouseDb db, Guid userId, DateTime at, CancellationToken ct) =>
        await db.Users.AsNoTracking()
            .Where(u => u.Id == userId).Where(User.ActiveAt(at))
            .OrderBy(u => u.Id)
            .Select(u => new MemberPresenceSeed(u.UsernameNormalized, u.Status, u.StatusMessage, u.StatusExpiresAt, u.LastSeenAt, u.Roles.Select(r => r.RoleId).ToList()))
            .FirstOrDefaultAsync(ct);

    /// <summary>Role ids of these members (at most a few hundred), and whether each may be present at <paramref name="at"/>.</summary>
    public static async Task<Dictionary<Guid, (Guid[] Roles, bool Active)>> AccessOfAsync(GatehouseDb db, IReadOnlyCollection<Guid> userIds, DateTime at, CancellationToken ct)
    {
        var rows = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id))
            .Select(u => new { u.Id, Roles = u.Roles.Select(r => r.RoleId).ToList() })
            .ToListAsync(ct);
        var active = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).Where(User.ActiveAt(at))
            .Select(u => u.Id).ToHashSetAsync(ct);
        return rows.ToDictionary(r => r.Id, r => (r.Roles.ToArray(), active.Contains(r.Id)));
    }

    /// <summary>Last-seen times of these members (at most a few hundred), deleted ones left out.</summary>
    public static async Task<Dictionary<Guid, DateTime?>> LastSeenAsync(GatehouseDb db, IReadOnlyCollection<Guid> userIds, CancellationToken ct) =>
        await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id) && u.DeletedAt == null)
            .Select(u => new { u.Id, u.LastSeenAt }).ToDictionaryAsync(r => r.Id, r => r.LastSeenAt, ct);

    /// <summary>Display data of these members (at most a few hundred), deleted ones left out: live lists name who is online with it.</summary>
    public static async Task<List<MemberPresenceCard>> CardsAsync(GatehouseDb db, IReadOnlyCollection<Guid> userIds, CancellationToken ct) =>
        await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id) && u.DeletedAt == null)
            .Select(u => new MemberPresenceCard(u.Id, u.Username, u.DisplayName, u.AvatarUrl, u.Roles.Select(r => r.RoleId).ToArray()))
            .ToListAsync(ct);

    /// <summary>
    /// Members who are not deleted, in username order after <paramref name="after"/> (a normalized username), limited to
    /// <paramref name="userIds"/> and to holders of any of <paramref name="roleIds"/> when given: a query to page on.
    /// </summary>
    public static IQueryable<MemberPresenceRow> Listing(GatehouseDb db, IReadOnlyCollection<Guid>? userIds, IReadOnlyCollection<Guid>? roleIds, string? after)
    {
        var users = db.Users.AsNoTracking().Where(u => u.DeletedAt == null);
        if (userIds is not null) users = users.Where(u => userIds.Contains(u.Id));
        if (roleIds is not null) users = users.Where(u => u.Roles.Any(r => roleIds.Contains(r.RoleId)));
        if (after is not null) users = users.Where(u => string.Compare(u.UsernameNormalized, after) > 0);
        return users.OrderBy(u => u.UsernameNormalized).Select(u => new MemberPresenceRow(u.Id, u.UsernameNormalized, u.LastSeenAt, u.Roles.Select(r => r.RoleId).ToArray()));
    }

    /// <summary>
    /// Writes the presence columns of each member, in the caller's transaction, with one prepared UPDATE executed per
    /// row. A LINQ ExecuteUpdate per row went through EF's query pipeline every time: at 10k connected members it
    /// allocated ~20 KB per row, and the garbage collections that followed each batch showed up as presence latency.
    /// Column names and parameter conversions come from the EF model, so both providers agree with it.
    /// </summary>
    public static async Task<int> WriteAsync(GatehouseDb db, IReadOnlyCollection<MemberPresenceState> rows, CancellationToken ct)
    {
        var user = db.Model.FindEntityType(typeof(User))!;
        var sql = db.GetService<ISqlGenerationHelper>();
        IProperty[] columns = [.. new[] { nameof(User.Status), nameof(User.StatusMessage), nameof(User.StatusExpiresAt), nameof(User.ActivityName), nameof(User.LastSeenAt), nameof(User.Id) }
            .Select(name => user.FindProperty(name)!)];
        var mappingSource = db.GetService<IRelationalTypeMappingSource>();
        var mappings = columns.Select(c => mappingSource.FindMapping(c)!).ToArray();
        string Column(IProperty p) => sql.DelimitIdentifier(p.GetColumnName());

        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        command.CommandText = $"UPDATE {sql.DelimitIdentifier(user.GetTableName()!)} SET "
            + string.Join(", ", columns[..^1].Select((p, i) => $"{Column(p)} = @p{i}"))
            + $" WHERE {Column(columns[^1])} = @p{columns.Length - 1}";
        // The parameters are made once per chunk and given each row's values: made per row, they were most of what
        // a presence flush allocated (a parameter object, its name and the boxed value per column and row).
        var parameters = new DbParameter[columns.Length];
        for (var i = 0; i < columns.Length; i++)
            command.Parameters.Add(parameters[i] = mappings[i].CreateParameter(command, $"@p{i}", null, columns[i].IsNullable));
        void Set(int i, object? value) => parameters[i].Value = (mappings[i].Converter is { } c ? c.ConvertToProvider(value) : value) ?? DBNull.Value;
        foreach (var row in rows)
        {
            Set(0, row.Status);
            Set(1, row.StatusMessage);
            Set(2, row.StatusExpiresAt);
            Set(3, row.ActivityName);
            Set(4, row.LastSeenAt);
            Set(5, row.UserId);
            await command.ExecuteNonQueryAsync(ct);
        }
        return rows.Count;
    }
}

/// <param name="Status">The chosen status as stored (see <see cref="UserStatuses"/>).</param>
public sealed record MemberPresenceSeed(
    string UsernameNormalized, string Status, string? StatusMessage, DateTime? StatusExpiresAt, DateTime? LastSeenAt, List<Guid> RoleIds);

public sealed record MemberPresenceCard(Guid Id, string Username, string DisplayName, string? AvatarUrl, Guid[] RoleIds);

public sealed record MemberPresenceRow(Guid Id, string UsernameNormalized, DateTime? LastSeenAt, Guid[] Roles);

/// <summary>The presence columns of one member row, as presence writes them back.</summary>
public sealed record MemberPresenceState(Guid UserId, string Status, string? StatusMessage, DateTime? StatusExpiresAt, string? ActivityName, DateTime? LastSeenAt);
