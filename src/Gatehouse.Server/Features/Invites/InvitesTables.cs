using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Invites;

/// <summary>The Invites feature's tables on the shared context.</summary>
public static class InvitesTables
{
    extension(GatehouseDb db)
    {
        public DbSet<Invite> Invites => db.Set<Invite>();
        public DbSet<InviteUse> InviteUses => db.Set<InviteUse>();
    }
}
