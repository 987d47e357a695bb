using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Audit;

/// <summary>The Audit feature's table on the shared context (the context itself knows no feature).</summary>
public static class AuditTables
{
    extension(GatehouseDb db)
    {
        public DbSet<AuditEntry> AuditEntries => db.Set<AuditEntry>();
    }
}
