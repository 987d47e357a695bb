using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Infrastructure.Persistence;

public sealed class SqliteGatehouseDb(DbContextOptions<SqliteGatehouseDb> options) : GatehouseDb(options)
{
    public override bool IsPostgres => false;
}
