using System.Globalization;
using System.Text.RegularExpressions;
using Gatehouse.Server.Features.Auth.Contracts;
using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Mail;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Users;

/// <summary>
/// Rows of an import checked and written like <c>POST /users</c> and <c>PATCH /users/{id}</c>, a batch
/// at a time: one query finds every existing member a batch names, and the writes go through
/// <see cref="MemberWritePath"/> (audit entry and event per member) in the caller's transaction.
/// </summary>
public sealed partial class MemberImportPath(
    GatehouseDb db, MemberWritePath writes, CurrentActor actor, IOptions<GatehouseOptions> options, TimeProvider time,
    IMemberCredentials credentials) : IMemberImports
{
    private RoleDirectory? _roles;

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{0,63}$")]
    private static partial Regex SourceName();

    private async Task<RoleDirectory> RolesAsync(CancellationToken ct) =>
        _roles ??= await RoleDirectory.LoadAsync(db, ct);

    private sealed record Found(Guid Id, string UsernameNormalized, string? EmailNormalized, string? ExternalSource, string? ExternalId, bool Deleted);

    public async Task<IReadOnlyList<ImportRowCheck>> CheckAsync(IReadOnlyList<ImportedMember> rows, ImportPolicy policy, CancellationToken ct)
    {
        var roles = await RolesAsync(ct);
        var names = rows.Where(r => !string.IsNullOrWhiteSpace(r.Username)).Select(r => User.NormalizeUsername(r.Username!)).Distinct().ToList();
        var emails = rows.Where(r => !string.IsNullOrWhiteSpace(r.Email)).Select(r => User.NormalizeEmail(r.Email!)).Distinct().ToList();
        var externalIds = rows.Where(r => !string.IsNullOrEmpty(r.ExternalId)).Select(r => r.ExternalId!).Distinct().ToList();
        // Each list is one parameter (a JSON array on SQLite, an array on PostgreSQL), not one per value: SQLite finds a
        // named parameter by a linear search, and binding a thousand of them per batch was about half of a 100k preview's
        // CPU. The external-id term is left out when no row has one: ExternalId alone has no index, and with it in the OR
        // SQLite scans every member instead of looking names and e-mails up in their indexes.
        var matching = externalIds.Count == 0
            ? db.Users.Where(u => EF.Parameter(names).Contains(u.UsernameNormalized) || EF.Parameter(emails).Contains(u.EmailNormalized!))
            : db.Users.Where(u => EF.Parameter(names).Contains(u.UsernameNormalized) || EF.Parameter(emails).Contains(u.EmailNormalized!)
                || EF.Parameter(externalIds).Contains(u.ExternalId!));
        var found = await matching.AsNoTracking()
            .Select(u => new Found(u.Id, u.UsernameNormalized, u.EmailNormalized, u.ExternalSource, u.ExternalId, u.DeletedAt != null))
            .ToListAsync(ct);
        var byName = found.ToDictionary(f => f.UsernameNormalized);
        var byEmail = found.Where(f => f.EmailNormalized is not null).GroupBy(f => f.EmailNormalized!).ToDictionary(g => g.Key, g => g.First());
        var byExternal = found.Where(f => f.ExternalId is not null).GroupBy(f => (f.ExternalSource, f.ExternalId)).ToDictionary(g => g.Key, g => g.First());
        var access = policy == ImportPolicy.Update ? await AccessOfAsync(found.Select(f => f.Id).ToList(), roles, ct) : [];

        var checks = new List<ImportRowCheck>(rows.Count);
        foreach (var row in rows)
        {
            var keys = new List<(string, string)>();
            var errors = new List<ImportFieldError>();
            Found? nameMatch = null, emailMatch = null, externalMatch = null;
            if (!string.IsNullOrWhiteSpace(row.Username)) { var k = User.NormalizeUsername(row.Username); keys.Add(("username", "u:" + k)); nameMatch = byName.GetValueOrDefault(k); }
            if (!string.IsNullOrWhiteSpace(row.Email)) { var k = User.NormalizeEmail(row.Email); keys.Add(("email", "e:" + k)); emailMatch = byEmail.GetValueOrDefault(k); }
            if (!string.IsNullOrEmpty(row.ExternalId)) { keys.Add(("external_id", $"x:{row.ExternalSource}:{row.ExternalId}")); externalMatch = byExternal.GetValueOrDefault((row.ExternalSource, row.ExternalId)); }

            var (target, matchedBy) = externalMatch is not null ? (externalMatch, "external_id")
                : nameMatch is not null ? (nameMatch, "username") : emailMatch is not null ? (emailMatch, "email") : (null, null);
            Validate(row, creating: target is null || policy != ImportPolicy.Update, roles, errors);
            if (target is not null)
            {
                if (nameMatch is not null && nameMatch.Id != target.Id) errors.Add(Taken("username"));
                if (emailMatch is not null && emailMatch.Id != target.Id) errors.Add(Taken("email"));
                if (target.Deleted) errors.Add(new ImportFieldError(matchedBy!, "deleted", ImportWords.Get("deleted")));
                else if (policy == ImportPolicy.Fail) errors.Add(new ImportFieldError(matchedBy!, "exists", ImportWords.Get("exists")));
                else if (policy == ImportPolicy.Update && access.TryGetValue(target.Id, out var targetAccess)
                    && Hierarchy.CanActOnUser(actor, targetAccess) is { } denied)
                    errors.Add(new ImportFieldError(matchedBy!, "forbidden", denied));
            }
            var action = errors.Count > 0 ? ImportRowAction.Error
                : target is null ? ImportRowAction.Create : policy == ImportPolicy.Update ? ImportRowAction.Update : ImportRowAction.Skip;
            checks.Add(new ImportRowCheck(row.Row, action, target?.Id, matchedBy, errors, keys));
        }
        return checks;
    }

    public async Task<string?> CheckMarkAsync(CancellationToken ct)
    {
        if (actor.UserId is not { } actorId || actor.ApiKeyId is not null) return null;
        // Every change to a member, a role or an actor's access records a domain event, and the outbox's last sequence
        // only grows (pruning keeps the newest). The count of members also catches rows written without an event.
        var events = await db.OutboxMessages.AsNoTracking().MaxAsync(m => (long?)m.Sequence, ct) ?? 0;
        var members = await db.Users.AsNoTracking().LongCountAsync(ct);
        return string.Create(CultureInfo.InvariantCulture, $"{events}:{members}:{actorId:N}");
    }

    private static ImportFieldError Taken(string field) => new(field, "taken", Messages.Get("duplicate", field));

    private async Task<Dictionary<Guid, UserAccess>> AccessOfAsync(List<Guid> ids, RoleDirectory roles, CancellationToken ct) =>
        (await db.Users.AsNoTracking().Include(u => u.Roles).Where(u => ids.Contains(u.Id)).ToListAsync(ct))
            .ToDictionary(u => u.Id, u => AccessService.Compute(u.ToAccount(), roles.Grants));

    private void Validate(ImportedMember row, bool creating, RoleDirectory roles, List<ImportFieldError> errors)
    {
        var v = new Validator();
        if (creating) v.Required("username", row.Username).Required("email", row.Email);
        v.Username("username", string.IsNullOrWhiteSpace(row.Username) ? null : row.Username.Trim())
            .Email("email", string.IsNullOrWhiteSpace(row.Email) ? null : row.Email.Trim())
            .MaxLength("display_name", row.DisplayName, 64)
            .PublicHttpUrl("avatar_url", row.AvatarUrl).MaxLength("avatar_url", row.AvatarUrl, 2048)
            .Tags("tags", row.Tags)
            .MaxLength("external_id", row.ExternalId, 128);
        if (row.ExternalId is not null && (row.ExternalSource is null || !SourceName().IsMatch(row.ExternalSource)))
            v.Add("external_id", ImportWords.Get("source.format"));
        if (row.CreatedAt is { } at && at > time.GetUtcNow().UtcDateTime) v.Add("created_at", ImportWords.Get("created_at.future"));
        foreach (var (field, messages) in v.Errors) errors.AddRange(messages.Select(m => new ImportFieldError(field, "invalid", m)));

        var wanted = UserRules.ResolveRoles(roles, row.Roles, "roles", v = new Validator());
        foreach (var m in v.Errors.Values.SelectMany(x => x)) errors.Add(new ImportFieldError("roles", "invalid", m));
        foreach (var role in wanted)
            if (Hierarchy.CanAssign(actor, role) is { } reason) errors.Add(new ImportFieldError("roles", "forbidden", reason));
    }

    public async Task<IReadOnlyList<ImportRowWrite>> WriteAsync(IReadOnlyList<(ImportedMember Row, ImportRowCheck Check)> rows, CancellationToken ct)
    {
        var roles = await RolesAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        var updateIds = rows.Where(r => r.Check.Action == ImportRowAction.Update).Select(r => r.Check.ExistingId!.Value).ToList();
        var existing = updateIds.Count == 0 ? []
            : await db.Users.Include(u => u.Roles).Where(u => updateIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, ct);
        var written = new List<ImportRowWrite>(rows.Count);
        var random = new RandomPool(rows.Count(r => r.Check.Action == ImportRowAction.Create) * AccountMail.TokenBytes);
        foreach (var (row, check) in rows)
        {
            switch (check.Action)
            {
                case ImportRowAction.Create:
                    var token = AccountMail.TokenOf(random.Take(AccountMail.TokenBytes));
                    var setup = new ImportPasswordSetup(token, now + options.Value.Security.SetPasswordLinkLifetime);
                    written.Add(new ImportRowWrite(row.Row, Create(row, roles, now, setup), true, true, setup));
                    break;
                case ImportRowAction.Update:
                    var u = existing[check.ExistingId!.Value];
                    written.Add(new ImportRowWrite(row.Row, u.Id, false, await UpdateAsync(u, row, roles, now, ct)));
                    break;
                default:
                    throw new InvalidOperationException($"Row {row.Row} is {check.Action}: only rows to create or update are written.");
            }
        }
        return written;
    }

    private Guid Create(ImportedMember row, RoleDirectory roles, DateTime now, ImportPasswordSetup setup)
    {
        var wanted = UserRules.ResolveRoles(roles, row.Roles, "roles", new Validator());
        if (wanted.Count == 0 && roles.NewMemberRole is { } fallback) wanted.Add(fallback);
        var createdAt = row.CreatedAt ?? now;
        var u = new User
        {
            Username = row.Username!.Trim(),
            UsernameNormalized = User.NormalizeUsername(row.Username),
            DisplayName = string.IsNullOrWhiteSpace(row.DisplayName) ? row.Username.Trim() : row.DisplayName.Trim(),
            Email = row.Email!.Trim(),
            EmailNormalized = User.NormalizeEmail(row.Email),
            AvatarUrl = string.IsNullOrEmpty(row.AvatarUrl) ? null : row.AvatarUrl,
            Tags = [.. (row.Tags ?? []).Distinct()],
            ExternalSource = row.ExternalId is null ? null : row.ExternalSource,
            ExternalId = row.ExternalId,
            CreatedAt = createdAt,
            UpdatedAt = now,
            Roles = [.. wanted.Select(r => new UserRole { RoleId = r.Id, AssignedAt = now })],
        };
        u.RefreshSearchText();
        writes.Create(u, roles);
        // The same one-time link as a member created without a password (AccountMail), stored as its hash, in the same unit of work.
        credentials.AddPasswordSetup(u.Id, AccountMail.HashOf(setup.Token), setup.ExpiresAt);
        return u.Id;
    }

    /// <summary>Only mapped fields change; a row that changes nothing writes nothing.</summary>
    private async Task<bool> UpdateAsync(User u, ImportedMember row, RoleDirectory roles, DateTime now, CancellationToken ct)
    {
        var edit = writes.Begin(u, roles);
        if (!string.IsNullOrWhiteSpace(row.Username)) { u.Username = row.Username.Trim(); u.UsernameNormalized = User.NormalizeUsername(row.Username); }
        if (!string.IsNullOrWhiteSpace(row.Email)) { u.Email = row.Email.Trim(); u.EmailNormalized = User.NormalizeEmail(row.Email); }
        if (row.DisplayName is { } display) u.DisplayName = display.Trim().Length == 0 ? u.Username : display.Trim();
        if (row.AvatarUrl is { } avatar) u.AvatarUrl = avatar.Length == 0 ? null : avatar;
        if (row.Tags is { } tags) u.Tags = [.. tags.Distinct()];
        if (row.ExternalId is { } externalId) { u.ExternalSource = row.ExternalSource; u.ExternalId = externalId; }
        if (row.Roles is { } refs)
            UserRules.ChangeRoles(u, UserRules.ResolveRoles(roles, refs, "roles", new Validator()).Select(r => r.Id), roles, actor, now);
        return await edit.CommitAsync(new MemberCommit("user.updated"), ct);
    }
}
