using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Infrastructure.Persistence;

public sealed class PostgresGatehouseDb(DbContextOptions<PostgresGatehouseDb> options, WriteGate gate, IEnumerable<ICommitSealer> sealers)
    : GatehouseDb(options, gate, sealers)
{
    public override bool IsPostgres => true;
}
