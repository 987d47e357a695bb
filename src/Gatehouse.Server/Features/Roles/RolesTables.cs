using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Roles;

/// <summary>The Roles feature's tables on the shared context (the context itself knows no feature).</summary>
public static class RolesTables
{
    extension(GatehouseDb db)
    {
        public DbSet<Role> Roles => db.Set<Role>();
        public DbSet<RoleVersion> RoleVersions => db.Set<RoleVersion>();
    }
}
