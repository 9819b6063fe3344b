using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KnowledgeBase.Storage.Migrations
{
    /// <summary>
    /// A source's one difficulty becomes a list (a work can suit several levels), carried over as a one-item JSON
    /// array; front-matter keys the catalog does not know get a column of their own so that export keeps them.
    /// </summary>
    public partial class SourceDifficultiesAndUnknownKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Difficulties",
                table: "Sources",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.Sql("UPDATE Sources SET Difficulties = json_array(Difficulty) WHERE Difficulty IS NOT NULL;");

            migrationBuilder.DropColumn(
                name: "Difficulty",
                table: "Sources");

            migrationBuilder.AddColumn<string>(
                name: "UnknownFrontMatter",
                table: "Sources",
                type: "TEXT",
                maxLength: 20000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Difficulty",
                table: "Sources",
                type: "TEXT",
                nullable: true);

            // Of several difficulties the first survives: the old schema holds one.
            migrationBuilder.Sql("UPDATE Sources SET Difficulty = json_extract(Difficulties, '$[0]');");

            migrationBuilder.DropColumn(
                name: "Difficulties",
                table: "Sources");

            migrationBuilder.DropColumn(
                name: "UnknownFrontMatter",
                table: "Sources");
        }
    }
}
