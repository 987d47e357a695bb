using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Users;

public sealed class MemberSignIns(GatehouseDb db) : IMemberSignIns
{
    public Task<MemberSignIn?> FindByEmailAsync(string email, CancellationToken ct)
    {
        var normalized = MemberEmails.Normalize(email);
        return Project(db.Users.Where(u => u.EmailNormalized == normalized && u.DeletedAt == null)).FirstOrDefaultAsync(ct);
    }

    public Task<MemberSignIn?> FindAsync(Guid userId, CancellationToken ct) => Project(db.Users.Where(u => u.Id == userId)).FirstOrDefaultAsync(ct);

    private static IQueryable<MemberSignIn?> Project(IQueryable<User> users) => users.AsNoTracking()
        .Select(u => new MemberSignIn(u.Id, u.Username, u.Email, u.EmailNormalized, u.IsDisabled, u.DisabledReason, u.IsBanned, u.BannedUntil, u.DeletedAt));
}
