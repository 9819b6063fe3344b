using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KnowledgeBase.Storage.Migrations
{
    /// <summary>Relations between tools: integrations, alternatives, parts, successors, forks and acquisitions.</summary>
    public partial class ToolRelations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ToolRelations",
                columns: table => new
                {
                    ToolSlug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    OtherSlug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ToolRelations", x => new { x.ToolSlug, x.Kind, x.OtherSlug });
                    table.ForeignKey(
                        name: "FK_ToolRelations_Tools_OtherSlug",
                        column: x => x.OtherSlug,
                        principalTable: "Tools",
                        principalColumn: "Slug",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ToolRelations_Tools_ToolSlug",
                        column: x => x.ToolSlug,
                        principalTable: "Tools",
                        principalColumn: "Slug",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ToolRelations_OtherSlug",
                table: "ToolRelations",
                column: "OtherSlug");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ToolRelations");
        }
    }
}
