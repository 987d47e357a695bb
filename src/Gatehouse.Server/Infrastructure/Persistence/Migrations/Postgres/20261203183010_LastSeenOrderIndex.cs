using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gatehouse.Server.Infrastructure.Persistence.Migrations.Postgres
{
    /// <summary>
    /// The member list's last-seen order as the query states it (never-seen members as the oldest instant),
    /// so a search sorted by last seen walks this index and stops at a full page. An expression index: EF's
    /// model cannot state it, so the model snapshot does not change.
    /// </summary>
    [DbContext(typeof(PostgresGatehouseDb))]
    [Migration("20261203183010_LastSeenOrderIndex")]
    public partial class LastSeenOrderIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql("""CREATE INDEX "IX_users_LastSeenOrder" ON users ((COALESCE("LastSeenAt", TIMESTAMPTZ '-infinity')), "UsernameNormalized");""");

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql("""DROP INDEX "IX_users_LastSeenOrder";""");
    }
}
