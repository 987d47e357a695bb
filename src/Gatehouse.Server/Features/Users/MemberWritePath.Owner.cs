using Gatehouse.Server.Features.Auth.Contracts;
using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Features.Users.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Users;

/// <summary>The owner account: created once, by set-up, configuration or the demo.</summary>
public sealed partial class MemberWritePath : IOwnerAccount
{
    public Task<bool> ExistsAsync(CancellationToken ct) => db.Users.AnyAsync(u => u.IsOwner, ct);

    public async Task<Guid> CreateAsync(string username, string email, string? displayName, string passwordHash, CancellationToken ct)
    {
        var admin = (await RoleDirectory.LoadAsync(db, ct)).AdminRole ?? throw new InvalidOperationException("The built-in admin role is seeded before the owner.");
        var now = Now;
        var u = new User
        {
            Username = username.Trim(),
            UsernameNormalized = User.NormalizeUsername(username),
            DisplayName = string.IsNullOrWhiteSpace(displayName) ? username.Trim() : displayName.Trim(),
            Email = email.Trim(),
            EmailNormalized = User.NormalizeEmail(email),
            IsOwner = true,
            CreatedAt = now,
            UpdatedAt = now,
            Roles = [new UserRole { RoleId = admin.Id, AssignedAt = now }],
        };
        u.RefreshSearchText();
        db.Users.Add(u);
        services.GetRequiredService<IMemberCredentials>().AddPassword(u.Id, passwordHash);
        return u.Id;
    }
}
