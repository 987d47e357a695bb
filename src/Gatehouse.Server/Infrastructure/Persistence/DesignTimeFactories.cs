using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Gatehouse.Server.Infrastructure.Persistence;

/// <summary>Lets <c>dotnet ef</c> build each provider's context to generate its own migration set.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteGatehouseDb>
{
    public SqliteGatehouseDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteGatehouseDb>().UseSqlite("Data Source=design.db").Options);
}

public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresGatehouseDb>
{
    public PostgresGatehouseDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresGatehouseDb>().UseNpgsql("Host=localhost;Database=design").Options);
}
