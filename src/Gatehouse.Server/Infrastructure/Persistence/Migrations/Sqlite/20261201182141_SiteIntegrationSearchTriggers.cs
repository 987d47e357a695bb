using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gatehouse.Server.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SiteIntegrationSearchTriggers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // SiteIntegration made EmailNormalized nullable, which SQLite does by rebuilding the users table
            // at the end of that migration; the rebuild drops the search index triggers (UserSearchIndex).
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
            // The triggers belong to UserSearchIndex; rolling back SiteIntegration rebuilds the table again.
        }
    }
}
