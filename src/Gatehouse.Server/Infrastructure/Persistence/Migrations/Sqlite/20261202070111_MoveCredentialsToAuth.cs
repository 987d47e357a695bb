using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gatehouse.Server.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MoveCredentialsToAuth : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "member_credentials",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    PasswordMustChange = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PasswordResetHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    PasswordResetExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PendingEmail = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    PendingEmailHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    PendingEmailExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_member_credentials", x => x.UserId);
                    table.ForeignKey(
                        name: "FK_member_credentials_users_UserId",
                        column: x => x.UserId,
                        principalTable: "users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_member_credentials_PasswordResetHash",
                table: "member_credentials",
                column: "PasswordResetHash");

            migrationBuilder.CreateIndex(
                name: "IX_member_credentials_PendingEmailHash",
                table: "member_credentials",
                column: "PendingEmailHash");

            // The data move: every member with any sign-in secret keeps it, now in the Auth feature's table
            // (a member with none gets no row), before the member row's columns go.
            migrationBuilder.Sql("INSERT INTO member_credentials (UserId, PasswordHash, PasswordMustChange, PasswordExpiresAt, PasswordResetHash, PasswordResetExpiresAt, PendingEmail, PendingEmailHash, PendingEmailExpiresAt) " +
                "SELECT Id, PasswordHash, PasswordMustChange, PasswordExpiresAt, PasswordResetHash, PasswordResetExpiresAt, PendingEmail, PendingEmailHash, PendingEmailExpiresAt FROM users " +
                "WHERE PasswordHash IS NOT NULL OR PasswordMustChange <> 0 OR PasswordExpiresAt IS NOT NULL OR PasswordResetHash IS NOT NULL OR PendingEmail IS NOT NULL OR PendingEmailHash IS NOT NULL;");

            migrationBuilder.DropIndex(
                name: "IX_users_PasswordResetHash",
                table: "users");

            migrationBuilder.DropIndex(
                name: "IX_users_PendingEmailHash",
                table: "users");

            // SQLite drops these columns in place (none is indexed any more, nor in a key, trigger or view). EF's
            // DropColumn would rebuild the members table instead, copying every row and dropping the search index
            // triggers with the old table (see SiteIntegrationSearchTriggers).
            migrationBuilder.Sql("ALTER TABLE users DROP COLUMN PasswordExpiresAt; " +
                "ALTER TABLE users DROP COLUMN PasswordHash; " +
                "ALTER TABLE users DROP COLUMN PasswordMustChange; " +
                "ALTER TABLE users DROP COLUMN PasswordResetExpiresAt; " +
                "ALTER TABLE users DROP COLUMN PasswordResetHash; " +
                "ALTER TABLE users DROP COLUMN PendingEmail; " +
                "ALTER TABLE users DROP COLUMN PendingEmailExpiresAt; " +
                "ALTER TABLE users DROP COLUMN PendingEmailHash;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

            migrationBuilder.AddColumn<DateTime>(
                name: "PasswordExpiresAt",
                table: "users",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PasswordHash",
                table: "users",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "PasswordMustChange",
                table: "users",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "PasswordResetExpiresAt",
                table: "users",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PasswordResetHash",
                table: "users",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingEmail",
                table: "users",
                type: "TEXT",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PendingEmailExpiresAt",
                table: "users",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingEmailHash",
                table: "users",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_users_PasswordResetHash",
                table: "users",
                column: "PasswordResetHash");

            migrationBuilder.CreateIndex(
                name: "IX_users_PendingEmailHash",
                table: "users",
                column: "PendingEmailHash");

            // Back onto the member row before the table goes.
            migrationBuilder.Sql("UPDATE users SET PasswordHash = c.PasswordHash, PasswordMustChange = c.PasswordMustChange, PasswordExpiresAt = c.PasswordExpiresAt, PasswordResetHash = c.PasswordResetHash, PasswordResetExpiresAt = c.PasswordResetExpiresAt, PendingEmail = c.PendingEmail, PendingEmailHash = c.PendingEmailHash, PendingEmailExpiresAt = c.PendingEmailExpiresAt " +
                "FROM member_credentials c WHERE c.UserId = users.Id;");

            migrationBuilder.DropTable(
                name: "member_credentials");
        }
    }
}
