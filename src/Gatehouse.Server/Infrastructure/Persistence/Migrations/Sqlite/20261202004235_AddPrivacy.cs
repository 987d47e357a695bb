using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gatehouse.Server.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddPrivacy : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_subject_keys",
                columns: table => new
                {
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WrappedKey = table.Column<byte[]>(type: "BLOB", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ErasedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_subject_keys", x => x.SubjectId);
                });

            migrationBuilder.CreateTable(
                name: "privacy_consent_texts",
                columns: table => new
                {
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    TextEn = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    TextFr = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_privacy_consent_texts", x => new { x.Purpose, x.Version });
                });

            migrationBuilder.CreateTable(
                name: "privacy_consents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Granted = table.Column<bool>(type: "INTEGER", nullable: false),
                    TextVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_privacy_consents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "privacy_erasures",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ErasedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_privacy_erasures", x => x.UserId);
                });

            migrationBuilder.CreateTable(
                name: "privacy_retention",
                columns: table => new
                {
                    Category = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Days = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_privacy_retention", x => x.Category);
                });

            migrationBuilder.CreateIndex(
                name: "IX_privacy_consents_UserId_Purpose_Number",
                table: "privacy_consents",
                columns: new[] { "UserId", "Purpose", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_subject_keys");

            migrationBuilder.DropTable(
                name: "privacy_consent_texts");

            migrationBuilder.DropTable(
                name: "privacy_consents");

            migrationBuilder.DropTable(
                name: "privacy_erasures");

            migrationBuilder.DropTable(
                name: "privacy_retention");
        }
    }
}
