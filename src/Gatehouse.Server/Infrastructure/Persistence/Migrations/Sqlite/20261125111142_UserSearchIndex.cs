using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gatehouse.Server.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class UserSearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Member search (q) is a substring match. A trigram FTS5 index answers LIKE '%term%'
            // without scanning every member. It keeps its own rowids (a plain table's implicit
            // rowids may be renumbered by VACUUM), mapped to user ids by users_search_map.
            migrationBuilder.Sql("CREATE VIRTUAL TABLE users_search USING fts5(UserId UNINDEXED, SearchText, tokenize='trigram');");
            migrationBuilder.Sql("CREATE TABLE users_search_map (UserId TEXT NOT NULL PRIMARY KEY, FtsRowId INTEGER NOT NULL) WITHOUT ROWID;");
            migrationBuilder.Sql("INSERT INTO users_search (UserId, SearchText) SELECT Id, SearchText FROM users;");
            migrationBuilder.Sql("INSERT INTO users_search_map (UserId, FtsRowId) SELECT UserId, rowid FROM users_search;");
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
            migrationBuilder.Sql("DROP TRIGGER users_search_insert; DROP TRIGGER users_search_update; DROP TRIGGER users_search_delete;");
            migrationBuilder.Sql("DROP TABLE users_search_map; DROP TABLE users_search;");
        }
    }
}
