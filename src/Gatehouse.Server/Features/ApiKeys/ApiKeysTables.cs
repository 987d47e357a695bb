using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.ApiKeys;

/// <summary>The ApiKeys feature's table on the shared context (the context itself knows no feature).</summary>
public static class ApiKeysTables
{
    extension(GatehouseDb db)
    {
        public DbSet<ApiKey> ApiKeys => db.Set<ApiKey>();
    }
}
