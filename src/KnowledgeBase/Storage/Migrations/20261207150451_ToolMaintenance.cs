using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KnowledgeBase.Storage.Migrations
{
    /// <inheritdoc />
    public partial class ToolMaintenance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ToolMaintenance",
                columns: table => new
                {
                    ToolSlug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    LatestRelease = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Checked = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ToolMaintenance", x => x.ToolSlug);
                    table.ForeignKey(
                        name: "FK_ToolMaintenance_Tools_ToolSlug",
                        column: x => x.ToolSlug,
                        principalTable: "Tools",
                        principalColumn: "Slug",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ToolMaintenance");
        }
    }
}
