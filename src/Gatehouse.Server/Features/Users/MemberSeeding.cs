using Gatehouse.Server.Features.Auth.Contracts;
using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Users;

public sealed class MemberSeeding(GatehouseDb db, IMemberCredentials credentials) : IMemberSeeding
{
    public Task<int> CountTaggedAsync(string tag, CancellationToken ct) => db.Users.CountAsync(u => u.Tags.Contains(tag), ct);

    public Task<Guid[]> TaggedIdsAsync(string tag, CancellationToken ct) =>
        db.Users.AsNoTracking().Where(u => u.Tags.Contains(tag) && u.DeletedAt == null).Select(u => u.Id).ToArrayAsync(ct);

    public void Add(SeededMember m)
    {
        var user = new User
        {
            Username = m.Username,
            UsernameNormalized = User.NormalizeUsername(m.Username),
            DisplayName = m.DisplayName,
            Email = m.Email,
            EmailNormalized = User.NormalizeEmail(m.Email),
            AvatarUrl = m.AvatarUrl,
            Status = m.Status,
            Tags = [.. m.Tags],
            CreatedAt = m.CreatedAt,
            UpdatedAt = m.CreatedAt,
            LastSeenAt = m.LastSeenAt,
            Roles = [new UserRole { RoleId = m.RoleId, AssignedAt = m.CreatedAt }],
        };
        user.RefreshSearchText();
        db.Users.Add(user);
        credentials.AddPassword(user.Id, m.PasswordHash);
    }
}
