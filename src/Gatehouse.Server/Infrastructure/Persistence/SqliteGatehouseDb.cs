using Gatehouse.Server.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Infrastructure.Persistence;

public sealed class SqliteGatehouseDb(DbContextOptions<SqliteGatehouseDb> options, WriteGate gate, AuditSealer sealer)
    : GatehouseDb(options, gate, sealer)
{
    public override bool IsPostgres => false;
}
