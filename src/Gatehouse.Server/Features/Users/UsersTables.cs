using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Users;

/// <summary>The Users feature's tables on the shared context (the context itself knows no feature).</summary>
public static class UsersTables
{
    extension(GatehouseDb db)
    {
        public DbSet<User> Users => db.Set<User>();
        public DbSet<UserRole> UserRoles => db.Set<UserRole>();
    }
}
