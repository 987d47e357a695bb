using Gatehouse.Server.Features.Auth.Contracts;
using Gatehouse.Server.Features.Privacy.Contracts;
using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Events;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Users;

/// <summary>
/// The member row as personal data: exported as the profile and its roles; erased by pseudonymising the
/// row in place (the id stays, so sanctions, reports and audit entries still point at "a member").
/// </summary>
public sealed class UsersPersonalData(GatehouseDb db, IMemberCredentials credentials, IDomainEvents events, TimeProvider time) : IPersonalDataSource, IMemberIdentities
{
    public string Feature => "users";

    public IReadOnlyList<ProcessingActivity> Processing { get; } =
    [
        new("Member accounts", ["identity (username, display name)", "contact (e-mail)", "profile (avatar, status)", "roles and permissions"],
            "Run the community: sign-in, membership, permissions", "Contract (GDPR art. 6(1)(b))",
            "While the account exists; pseudonymised on erasure", ["Administrators and moderators of this Gatehouse"]),
    ];

    public async Task<MemberIdentity?> FindAsync(Guid userId, CancellationToken ct) =>
        await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new MemberIdentity(u.Id, u.Username, u.DisplayName, u.Email, u.IsOwner, u.DeletedAt)).FirstOrDefaultAsync(ct);

    public async Task<IReadOnlyList<Guid>> DeletedBeforeAsync(DateTime cutoff, int limit, CancellationToken ct) =>
        await db.Users.AsNoTracking().Where(u => u.DeletedAt != null && u.DeletedAt < cutoff && !u.IsOwner)
            .OrderBy(u => u.DeletedAt).Select(u => u.Id).Take(limit).ToListAsync(ct);

    public Task<string?> TakenByAnotherAsync(string? username, string? email, Guid? except, CancellationToken ct) =>
        UserRules.FindDuplicateAsync(db, username, email, except, ct);

    public async Task EnsureMayActOnAsync(Guid userId, CurrentActor actor, CancellationToken ct)
    {
        if (userId == actor.UserId) return;
        var u = await db.Users.AsNoTracking().Include(x => x.Roles).FirstOrDefaultAsync(x => x.Id == userId, ct)
            ?? throw new RuleViolation(404, "not-found", Messages.Get("not_found", "user"));
        if (u.IsOwner) throw new RuleViolation(403, "owner-protected", Messages.Get("owner.protected"));
        var roles = await RoleDirectory.LoadAsync(db, ct);
        if (Hierarchy.CanActOnUser(actor, AccessService.Compute(u.ToAccount(), roles.Grants)) is { } denied) throw Hierarchy.Denied(denied);
    }

    public async Task ExportAsync(DataSubject subject, IPersonalDataArchive archive, CancellationToken ct)
    {
        var u = await db.Users.AsNoTracking().Include(x => x.Roles).FirstAsync(x => x.Id == subject.UserId, ct);
        var roles = await RoleDirectory.LoadAsync(db, ct);
        await archive.AddAsync("profile", new
        {
            u.Id,
            u.Username,
            u.DisplayName,
            u.Email,
            u.AvatarUrl,
            chosen_status = u.Status,
            u.StatusMessage,
            u.ActivityName,
            u.LastSeenAt,
            u.Tags,
            u.CreatedAt,
            u.UpdatedAt,
            u.IsBanned,
            u.BannedUntil,
            u.IsDisabled,
            u.DisabledReason,
            u.DeletedAt,
            u.ExternalSource,
            u.ExternalId,
            has_password = await credentials.HasPasswordAsync(u.Id, ct),
        }, ct);
        await archive.AddAsync("roles", u.Roles.Where(r => roles.ById.ContainsKey(r.RoleId))
            .Select(r => new { role_id = r.RoleId, name = roles.ById[r.RoleId].Name, assigned_at = r.AssignedAt }).ToList(), ct);
    }

    public async Task EraseAsync(DataSubject subject, CancellationToken ct)
    {
        var u = await db.Users.FirstAsync(x => x.Id == subject.UserId, ct);
        var now = time.GetUtcNow().UtcDateTime;
        // The random tail of the UUID v7: unique without saying anything about the person.
        u.Username = User.ErasedUsernamePrefix + u.Id.ToString("N")[8..];
        u.UsernameNormalized = User.NormalizeUsername(u.Username);
        u.DisplayName = PersonalText.Replacement;
        u.Email = "";
        u.EmailNormalized = null;
        u.AvatarUrl = null;
        u.StatusMessage = null;
        u.StatusExpiresAt = null;
        u.ActivityName = null;
        u.Tags = [];
        u.DisabledReason = null;
        // The sign-in secrets are the Auth feature's: its own erasure deletes the member's credential row.
        u.Status = UserStatuses.Offline;
        u.DeletedAt ??= now;
        u.UpdatedAt = now;
        u.Version++;
        u.RefreshSearchText();
        // Consumers (webhooks, the live topic) learn that the person is gone, and nothing about them.
        events.Record(DomainEventTypes.UserErased, AggregateTypes.User, u.Id.ToString(), u.Version, new { id = u.Id });
        await db.SaveChangesAsync(ct);
    }
}
