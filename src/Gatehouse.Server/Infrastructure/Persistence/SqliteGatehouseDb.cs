using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Infrastructure.Persistence;

public sealed class SqliteGatehouseDb(DbContextOptions<SqliteGatehouseDb> options, WriteGate gate, IEnumerable<ICommitSealer> sealers)
    : GatehouseDb(options, gate, sealers)
{
    public override bool IsPostgres => false;
}
