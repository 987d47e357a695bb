using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Auth;

/// <summary>The Auth feature's tables on the shared context (the context itself knows no feature).</summary>
public static class AuthTables
{
    extension(GatehouseDb db)
    {
        public DbSet<RefreshSession> RefreshSessions => db.Set<RefreshSession>();
        public DbSet<RefreshToken> RefreshTokens => db.Set<RefreshToken>();
        public DbSet<SigningKey> SigningKeys => db.Set<SigningKey>();
    }
}
