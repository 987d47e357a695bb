using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gatehouse.Server.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SiteIntegration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "EmailNormalized",
                table: "users",
                type: "TEXT",
                maxLength: 254,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 254);

            migrationBuilder.AddColumn<string>(
                name: "ExternalId",
                table: "users",
                type: "TEXT",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExternalSource",
                table: "users",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_users_ExternalSource_ExternalId",
                table: "users",
                columns: new[] { "ExternalSource", "ExternalId" },
                unique: true);

            // SQLite alters a column by rebuilding the table, which drops its triggers: the search
            // index triggers (UserSearchIndex) are made again on the new table.
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS users_search_insert; DROP TRIGGER IF EXISTS users_search_update; DROP TRIGGER IF EXISTS users_search_delete;");
            migrationBuilder.Sql(@"CREATE TRIGGER users_search_insert AFTER INSERT ON users BEGIN
  INSERT INTO users_search (UserId, SearchText) VALUES (new.Id, new.SearchText);
  INSERT INTO users_search_map (UserId, FtsRowId) VALUES (new.Id, last_insert_rowid());
END;");
            migrationBuilder.Sql(@"CREATE TRIGGER users_search_update AFTER UPDATE OF SearchText ON users BEGIN
  UPDATE users_search SET SearchText = new.SearchText WHERE rowid = (SELECT FtsRowId FROM users_search_map WHERE UserId = new.Id);
END;");
            migrationBuilder.Sql(@"CREATE TRIGGER users_search_delete AFTER DELETE ON users BEGIN
  DELETE FROM users_search WHERE rowid = (SELECT FtsRowId FROM users_search_map WHERE UserId = old.Id);
  DELETE FROM users_search_map WHERE UserId = old.Id;
END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_users_ExternalSource_ExternalId",
                table: "users");

            migrationBuilder.DropColumn(
                name: "ExternalId",
                table: "users");

            migrationBuilder.DropColumn(
                name: "ExternalSource",
                table: "users");

            migrationBuilder.AlterColumn<string>(
                name: "EmailNormalized",
                table: "users",
                type: "TEXT",
                maxLength: 254,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 254,
                oldNullable: true);
        }
    }
}
